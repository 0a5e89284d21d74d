package dev.gasket.lang.tests.instructions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.OptionalInt;

import org.junit.jupiter.api.Test;

import dev.gasket.lang.instructions.CodeMode;
import dev.gasket.lang.instructions.FormMatch.Matched;

/** How many bytes a memory operand reads or writes, which the validator compares with symbol sizes. */
class MemoryAccessSizeTest {

	private static final CodeMode M16 = CodeMode.BITS_16;
	private static final CodeMode M32 = CodeMode.BITS_32;
	private static final CodeMode M64 = CodeMode.BITS_64;

	private static void assertBytes(int bytes, String line, CodeMode mode) {
		assertEquals(OptionalInt.of(bytes), matched(line, mode).memoryAccessBytes(), line);
	}

	private static void assertUnknown(String line, CodeMode mode) {
		assertEquals(OptionalInt.empty(), matched(line, mode).memoryAccessBytes(), line);
	}

	private static Matched matched(String line, CodeMode mode) {
		return assertInstanceOf(Matched.class, AttOperands.match(line, mode), line);
	}

	@Test
	void fromTheSuffixOrTheRegister() {
		assertBytes(8, "xorq tr_cr4(%rip), %rax", M64);
		assertBytes(4, "xorl tr_cr4(%rip), %eax", M64);
		assertBytes(8, "xor tr_cr4(%rip), %rax", M64);
		assertBytes(4, "testl $1, tr_flags(%rip)", M64);
		assertBytes(1, "movzbl foo, %eax", M32);
		assertBytes(2, "movzwl foo, %eax", M32);
		assertBytes(1, "movb $1, foo", M32);
		assertBytes(4, "btsl $0, tr_lock", M16);
		assertBytes(4, "movslq tr_cr4(%rip), %rax", M64);
		assertBytes(8, "cmpxchg8b (%esi)", M32);
		assertBytes(16, "cmpxchg16b (%rsi)", M64);
	}

	@Test
	void stackOperationsDefaultToTheStackWidth() {
		assertBytes(8, "jmp *tr_start(%rip)", M64);
		assertBytes(4, "call *table(,%eax,4)", M32);
		assertBytes(8, "push tr_start(%rip)", M64);
		assertBytes(2, "pushw tr_start(%rip)", M64);
		assertBytes(2, "pop (%bx)", M16);
	}

	@Test
	void descriptorTablesDependOnTheMode() {
		for (String mnemonic : new String[] { "lgdt", "lidt", "sgdt", "sidt" }) {
			assertBytes(10, mnemonic + " tr_gdt(%rip)", M64);
			assertBytes(6, mnemonic + " tr_gdt", M32);
			assertBytes(6, mnemonic + " tr_gdt", M16);
		}
		assertBytes(6, "lgdtl tr_gdt", M16);
		assertBytes(6, "lidtw tr_idt", M16);
		assertBytes(10, "lgdtq tr_gdt(%rip)", M64);
	}

	@Test
	void farPointersHoldAnOffsetAndASelector() {
		assertBytes(6, "ljmpl *tr_compat(%rip)", M64);
		assertBytes(6, "lcalll *(%eax)", M32);
		assertBytes(10, "ljmpq *tr_compat(%rip)", M64);
		assertBytes(4, "ljmpw *(%bx)", M16);
		assertBytes(6, "lss stack, %esp", M32);
		assertBytes(4, "lfs ptr, %ax", M16);
	}

	@Test
	void farPointersWithoutSuffixTakeTheDefaultOperandSize() {
		assertBytes(4, "ljmp *(%bx)", M16);
		assertBytes(6, "ljmp *(%eax)", M32);
		assertBytes(6, "ljmp *tr_compat(%rip)", M64);
		assertBytes(6, "lcall *(%rax)", M64);
	}

	@Test
	void fixedSizes() {
		assertBytes(4, "flds x", M32);
		assertBytes(10, "fldt x", M32);
		assertBytes(8, "fildq x", M32);
		assertBytes(2, "fnstcw x", M32);
		assertBytes(2, "sldt x", M32);
		assertBytes(16, "movaps (%rsi), %xmm0", M64);
		assertBytes(8, "movsd (%rsi), %xmm0", M64);
		assertBytes(64, "vmovdqu64 %zmm0, (%rdi)", M64);
		assertBytes(2, "kmovw %k1, mask", M64);
		assertBytes(4, "cvtsi2sdl x, %xmm0", M32);
		assertBytes(512, "fxsave (%rdi)", M64);
	}

	@Test
	void noDataAccessOrNoFixedSize() {
		assertUnknown("lea 8(%rax,%rbx,4), %rcx", M64);
		assertUnknown("invlpg (%rax)", M64);
		assertUnknown("nopl 0(%rax)", M64);
		assertUnknown("nopw %cs:0(%rax,%rax,1)", M64);
		assertUnknown("clflush (%rax)", M64);
		assertUnknown("prefetcht0 (%rax)", M64);
		assertUnknown("prefetchw (%rax)", M64);
		assertUnknown("xsave (%rdi)", M64);
	}

	@Test
	void noSizeWhenNothingGivesIt() {
		assertUnknown("inc foo", M32);
		assertBytes(4, "incl foo", M32);
		assertUnknown("mov $1, foo", M32);
		assertUnknown("fld x", M32);
		assertUnknown("mov \\value, foo", M32);
	}

	@Test
	void operationSizes() {
		assertEquals(OptionalInt.of(32), matched("movzbl %al, %eax", M32).operationSizeInBits());
		assertEquals(OptionalInt.of(64), matched("push %rax", M64).operationSizeInBits());
		assertEquals(OptionalInt.of(64), matched("ret", M64).operationSizeInBits());
		assertEquals(OptionalInt.of(32), matched("iret", M64).operationSizeInBits());
		assertEquals(OptionalInt.empty(), matched("inc foo", M32).operationSizeInBits());
		assertEquals(OptionalInt.empty(), matched("addps %xmm0, %xmm1", M32).operationSizeInBits());
	}
}
