package dev.gasket.lang.tests.instructions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import dev.gasket.lang.instructions.CodeMode;
import dev.gasket.lang.instructions.FormMatch;
import dev.gasket.lang.instructions.FormMatch.Matched;
import dev.gasket.lang.instructions.FormMatch.Mismatch;
import dev.gasket.lang.instructions.FormMatch.Problem;
import dev.gasket.lang.instructions.InstructionSet;
import dev.gasket.lang.instructions.OperandShape;
import dev.gasket.lang.instructions.X86Register;

/** Each check of the matcher with a line that must report it and a similar one that must not. */
class FormMatcherTest {

	private static final CodeMode M16 = CodeMode.BITS_16;
	private static final CodeMode M32 = CodeMode.BITS_32;
	private static final CodeMode M64 = CodeMode.BITS_64;

	private static Matched assertMatches(String line, CodeMode mode) {
		FormMatch match = AttOperands.match(line, mode);
		if (match instanceof Mismatch mismatch) {
			fail(mode.directive() + " `" + line + "` should match, but: " + mismatch.message());
		}
		return (Matched) match;
	}

	private static Mismatch assertProblem(Problem problem, String line, CodeMode mode) {
		FormMatch match = AttOperands.match(line, mode);
		Mismatch mismatch = assertInstanceOf(Mismatch.class, match, () -> "`" + line + "` should not match");
		assertEquals(problem, mismatch.problem(), () -> "`" + line + "`: " + mismatch.message());
		return mismatch;
	}

	@Nested
	class OperandCount {
		@Test
		void tooManyOperands() {
			assertEquals("`lgdt` takes 1 operand, found 2",
					assertProblem(Problem.OPERAND_COUNT, "lgdt tr_gdt, tr_idt", M32).message());
			assertMatches("lgdt tr_gdt", M32);
		}

		@Test
		void operandsWhereThereAreNone() {
			assertEquals("`cltq` takes no operands, found 1",
					assertProblem(Problem.OPERAND_COUNT, "cltq %eax", M64).message());
			assertMatches("cltq", M64);
		}

		@Test
		void severalCountsAreListed() {
			assertEquals("`imul` takes 1, 2 or 3 operands, found 4",
					assertProblem(Problem.OPERAND_COUNT, "imul $1, %eax, %ebx, %ecx", M32).message());
			assertMatches("imul $3, %eax, %ebx", M32);
		}

		@Test
		void stringAliasesTakeNoOperands() {
			assertProblem(Problem.OPERAND_COUNT, "cmpsd %xmm0, %xmm1, %xmm2, %xmm3", M64);
			assertMatches("cmpsd", M64);
			assertMatches("cmpsd $1, %xmm0, %xmm1", M64);
		}
	}

	@Nested
	class InvalidInMode {
		@Test
		void instructionsRemovedFrom64BitCode() {
			assertEquals("`pusha` is not valid in 64-bit code (.code64)",
					assertProblem(Problem.INVALID_IN_MODE, "pusha", M64).message());
			assertMatches("pusha", M32);
			assertProblem(Problem.INVALID_IN_MODE, "aaa", M64);
			assertMatches("aaa", M16);
			assertProblem(Problem.INVALID_IN_MODE, "into", M64);
			assertMatches("int3", M64);
		}

		@Test
		void farImmediateJumpIsNotIn64BitCode() {
			Mismatch mismatch = assertProblem(Problem.INVALID_IN_MODE, "ljmp $0x10, $startup_64", M64);
			assertTrue(mismatch.message().contains("64-bit code (.code64)"), mismatch.message());
			assertMatches("ljmp $0x10, $startup_32", M32);
			assertMatches("ljmpl $0x10, $startup_32", M16);
			assertMatches("ljmpl *tr_compat(%rip)", M64);
		}

		@Test
		void stackOperandSizesDependOnTheMode() {
			assertEquals("`pushl` is not valid in 64-bit code (.code64)",
					assertProblem(Problem.INVALID_IN_MODE, "pushl %eax", M64).message());
			assertEquals("`push` with 32-bit operands is not valid in 64-bit code (.code64)",
					assertProblem(Problem.INVALID_IN_MODE, "push %eax", M64).message());
			assertMatches("pushl %eax", M32);
			assertMatches("pushq %rax", M64);
			assertProblem(Problem.INVALID_IN_MODE, "push %es", M64);
			assertMatches("push %fs", M64);
		}

		@Test
		void instructionsOnlyIn64BitCode() {
			assertEquals("`swapgs` is not valid in 32-bit code (.code32)",
					assertProblem(Problem.INVALID_IN_MODE, "swapgs", M32).message());
			assertMatches("swapgs", M64);
			assertProblem(Problem.INVALID_IN_MODE, "movabs $1, %eax", M32);
			assertMatches("movabs $0x123456789, %rax", M64);
			assertProblem(Problem.INVALID_IN_MODE, "cdqe", M16);
			assertMatches("cwtl", M16);
			assertProblem(Problem.INVALID_IN_MODE, "iretq", M32);
			assertMatches("iretl", M32);
		}

		@Test
		void suffixesOnlyIn64BitCode() {
			assertProblem(Problem.INVALID_IN_MODE, "addq $1, foo", M32);
			assertMatches("addq $1, foo", M64);
			assertProblem(Problem.INVALID_IN_MODE, "lgdtl tr_gdt(%rip)", M64);
			assertMatches("lgdtl tr_gdt", M16);
		}
	}

	@Nested
	class RegisterNotInMode {
		@Test
		void registersThatNeed64BitCode() {
			assertEquals("%rax is not available in 32-bit code (.code32)",
					assertProblem(Problem.REGISTER_NOT_IN_MODE, "mov %rax, %rbx", M32).message());
			assertMatches("mov %eax, %ebx", M32);
			assertProblem(Problem.REGISTER_NOT_IN_MODE, "add %r8d, %eax", M32);
			assertMatches("add %r8d, %eax", M64);
			assertProblem(Problem.REGISTER_NOT_IN_MODE, "mov %sil, %al", M16);
			assertMatches("mov %dh, %al", M16);
			assertProblem(Problem.REGISTER_NOT_IN_MODE, "movaps %xmm8, %xmm0", M32);
			assertMatches("movaps %xmm7, %xmm0", M32);
			assertProblem(Problem.REGISTER_NOT_IN_MODE, "mov %cr8, %eax", M32);
			assertMatches("mov %cr4, %eax", M32);
		}
	}

	@Nested
	class SuffixVsRegister {
		@Test
		void suffixContradictsARegister() {
			assertEquals("suffix `l` means 32-bit operands but %rax is 64-bit",
					assertProblem(Problem.SUFFIX_VS_REGISTER, "movl %rax, %rbx", M64).message());
			assertMatches("movq %rax, %rbx", M64);
			assertProblem(Problem.SUFFIX_VS_REGISTER, "addb $1, %ax", M32);
			assertMatches("addw $1, %ax", M32);
		}

		@Test
		void registersDisagreeWithoutSuffix() {
			Mismatch mismatch = assertProblem(Problem.SUFFIX_VS_REGISTER, "mov %eax, %rbx", M64);
			assertTrue(mismatch.message().startsWith("%eax is 32-bit but %rbx is 64-bit"), mismatch.message());
			assertMatches("mov %rax, %rbx", M64);
			assertProblem(Problem.SUFFIX_VS_REGISTER, "cmp %al, %ebx", M32);
			assertMatches("cmp %bl, %al", M32);
		}

		@Test
		void operandsOfFixedWidthDoNotCount() {
			assertMatches("shll %cl, %eax", M32);
			assertMatches("outb %al, %dx", M32);
			assertMatches("inl %dx, %eax", M32);
			assertMatches("movzbl %al, %eax", M32);
			assertMatches("btsl $0, tr_lock", M16);
			assertMatches("shldl %cl, %eax, %ebx", M32);
			assertMatches("mov %es, %eax", M32);
			assertMatches("setb %al", M64);
			assertProblem(Problem.SUFFIX_VS_REGISTER, "outb %ax, %dx", M32);
			assertProblem(Problem.SUFFIX_VS_REGISTER, "movzbl %al, %ax", M32);
		}

		@Test
		void twoSizeSuffixes() {
			assertEquals("suffix `bl` means an 8-bit source but %ax is 16-bit",
					assertProblem(Problem.SUFFIX_VS_REGISTER, "movzbl %ax, %eax", M32).message());
			assertMatches("movzwl %ax, %eax", M32);
			assertMatches("movzx %ax, %eax", M32);
			assertMatches("movzb %al, %eax", M32);
			assertMatches("movsl %eax, %rax", M64);
		}
	}

	@Nested
	class OperandKinds {
		@Test
		void registerWhereMemoryIsRequired() {
			assertEquals("`lgdt` takes m(descriptor), found %eax",
					assertProblem(Problem.OPERAND_KINDS, "lgdt %eax", M32).message());
			assertMatches("lgdt (%eax)", M32);
		}

		@Test
		void immediateDestinations() {
			assertProblem(Problem.OPERAND_KINDS, "mov $1, $2", M32);
			assertMatches("mov $1, %eax", M32);
			assertProblem(Problem.OPERAND_KINDS, "mov %cr0, $1", M32);
			assertMatches("mov %cr0, %eax", M32);
		}

		@Test
		void twoMemoryOperands() {
			assertEquals("`movl` cannot take two memory operands",
					assertProblem(Problem.OPERAND_KINDS, "movl a(%rip), b(%rip)", M64).message());
			assertMatches("movl a(%rip), %eax", M64);
			assertMatches("movsl (%rsi), (%rdi)", M64);
		}

		@Test
		void indirectOperandsOnlyFitIndirectForms() {
			assertProblem(Problem.OPERAND_KINDS, "mov *%rax, %rbx", M64);
			assertMatches("jmp *%rax", M64);
			assertMatches("call *8(%rbx)", M64);
			assertMatches("ljmpl *tr_compat(%rip)", M64);
			assertProblem(Problem.OPERAND_KINDS, "ljmpl tr_compat", M64);
		}

		@Test
		void directBranchTargets() {
			assertMatches("jmp tr_start", M64);
			assertProblem(Problem.OPERAND_KINDS, "jmpq tr_start", M64);
			assertMatches("callq tr_start", M64);
			assertMatches("jne 1b", M64);
			assertProblem(Problem.OPERAND_KINDS, "jne *%rax", M64);
		}

		@Test
		void registerClassAndFixedWidths() {
			assertProblem(Problem.OPERAND_KINDS, "shl %bl, %eax", M32);
			assertProblem(Problem.OPERAND_KINDS, "mov %eax, %cr0", M64);
			assertMatches("mov %rax, %cr0", M64);
			assertProblem(Problem.OPERAND_KINDS, "movaps %eax, %xmm0", M32);
			assertProblem(Problem.OPERAND_KINDS, "push %al", M32);
			assertMatches("push %ax", M32);
			assertProblem(Problem.OPERAND_KINDS, "movabs $1, %eax", M64);
		}

		@Test
		void highByteRegistersAndRex() {
			assertProblem(Problem.OPERAND_KINDS, "mov %ah, %r8b", M64);
			assertMatches("mov %ah, %bl", M64);
			assertProblem(Problem.OPERAND_KINDS, "movzbq %ah, %rax", M64);
			assertMatches("movzbl %ah, %eax", M64);
		}

		@Test
		void suffixNotAllowedOnTheForm() {
			assertProblem(Problem.OPERAND_KINDS, "flds %st(1)", M32);
			assertMatches("flds 4(%esp)", M32);
		}
	}

	@Nested
	class Leniency {
		@Test
		void otherOperandsMatchAnything() {
			assertMatches("mov \\src, \\dst", M64);
			assertMatches("lgdt \\table", M32);
		}

		@Test
		void unsizedMemoryOperandsMatchWithoutASize() {
			Matched matched = assertMatches("inc foo", M32);
			assertTrue(matched.operationSizeInBits().isEmpty());
			assertTrue(matched.memoryAccessBytes().isEmpty());
		}

		@Test
		void stringAndSseReadingsOfTheSameSpelling() {
			assertEquals("movs", assertMatches("movsd", M32).form().mnemonic());
			assertEquals("movsd", assertMatches("movsd %xmm0, %xmm1", M32).form().mnemonic());
			assertEquals("movsx", assertMatches("movsb %al, %eax", M32).form().mnemonic());
			assertEquals("mov", assertMatches("movq $1, %rax", M64).form().mnemonic());
			assertEquals("movq", assertMatches("movq %rax, %xmm0", M64).form().mnemonic());
		}

		@Test
		void shapesCanBeBuiltWithoutTheParser() {
			InstructionSet set = InstructionSet.builtIn();
			FormMatch match = set.match(set.resolve("lidtl").orElseThrow(),
					List.of(OperandShape.expression(true)), M16);
			assertEquals(6, assertInstanceOf(Matched.class, match).memoryAccessBytes().getAsInt());
			match = set.match(set.resolve("xorq").orElseThrow(),
					List.of(OperandShape.memory(true), OperandShape.register(X86Register.lookup("%rax").orElseThrow())),
					M64);
			assertEquals(8, assertInstanceOf(Matched.class, match).memoryAccessBytes().getAsInt());
		}
	}
}
