package dev.gasket.x86.tests.lockstep;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import dev.gasket.x86.cpu.CpuState;
import dev.gasket.x86.cpu.Flags;
import dev.gasket.x86.decode.ByteSource;
import dev.gasket.x86.decode.Decoder;
import dev.gasket.x86.decode.Instruction;

/** Which flags the SDM leaves undefined, for encodings as GNU as emits them in 64-bit code. */
class UndefinedFlagsTest {

	private final CpuState cpu = new CpuState();

	private long undefinedAfter(int... encoding) {
		byte[] bytes = new byte[encoding.length];
		for (int i = 0; i < bytes.length; i++) {
			bytes[i] = (byte) encoding[i];
		}
		Instruction insn = new Instruction();
		new Decoder().decode(insn, ByteSource.of(bytes, 0), 0, 64);
		return UndefinedFlags.after(insn, cpu);
	}

	@Test
	void arithmeticWithEveryFlagDefinedMasksNothing() {
		assertEquals(0, undefinedAfter(0x48, 0x01, 0xd8)); // add %rbx, %rax
		assertEquals(0, undefinedAfter(0x48, 0x19, 0xc9)); // sbb %rcx, %rcx
	}

	@Test
	void logicLeavesOnlyAfUndefined() {
		assertEquals(Flags.AF, undefinedAfter(0x85, 0xc0)); // test %eax, %eax
	}

	@Test
	void multiplyAndDivideFollowTheSdm() {
		assertEquals(Flags.SF | Flags.ZF | Flags.AF | Flags.PF, undefinedAfter(0x49, 0xf7, 0xe2)); // mul %r10
		assertEquals(Flags.STATUS, undefinedAfter(0x49, 0xf7, 0xf4)); // div %r12
	}

	@Test
	void shiftsDependOnTheMaskedCount() {
		assertEquals(Flags.AF, undefinedAfter(0x49, 0xd1, 0xe9)); // shr %r9: count 1 defines OF
		assertEquals(Flags.AF | Flags.OF, undefinedAfter(0x49, 0xc1, 0xe1, 0x04)); // shl $4, %r9
		cpu.setGpr(CpuState.RCX, 64);
		assertEquals(0, undefinedAfter(0x49, 0xd3, 0xe9)); // shr %cl, %r9 with CL 64: masked to 0, no change
		cpu.setGpr(CpuState.RCX, 16);
		// shr %cl, %dx with CL 16: every bit shifted out, so CF is undefined too.
		assertEquals(Flags.AF | Flags.OF | Flags.CF, undefinedAfter(0x66, 0xd3, 0xea));
	}

	@Test
	void rotatesLeaveOfUndefinedBeyondOneBit() {
		assertEquals(0, undefinedAfter(0x49, 0xd1, 0xd1)); // rcl %r9
		assertEquals(Flags.OF, undefinedAfter(0x49, 0xc1, 0xc9, 0x07)); // ror $7, %r9
	}

	@Test
	void bitTestsLeaveAllButCfAndZfUndefined() {
		assertEquals(Flags.OF | Flags.SF | Flags.AF | Flags.PF, undefinedAfter(0x49, 0x0f, 0xba, 0xe1, 0x3f)); // bt $63, %r9
	}
}
