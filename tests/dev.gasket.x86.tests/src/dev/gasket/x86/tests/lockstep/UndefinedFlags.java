package dev.gasket.x86.tests.lockstep;

import dev.gasket.x86.cpu.CpuState;
import dev.gasket.x86.cpu.Flags;
import dev.gasket.x86.decode.Instruction;
import dev.gasket.x86.decode.Operation;

/**
 * The status flags the SDM (Vol. 2, each instruction's "Flags Affected") leaves undefined after an
 * instruction: the only RFLAGS bits a lockstep comparison may ignore, because QEMU and the emulator may
 * legitimately set them differently.
 */
final class UndefinedFlags {

	private static final long SIGN_ZERO_ADJUST_PARITY = Flags.SF | Flags.ZF | Flags.AF | Flags.PF;

	private UndefinedFlags() {
	}

	/**
	 * The undefined flags after {@code insn} runs from state {@code before} (which supplies a shift count in
	 * CL); 0 for instructions that define every flag they touch.
	 */
	static long after(Instruction insn, CpuState before) {
		return switch (insn.operation()) {
			case AND, OR, XOR, TEST -> Flags.AF;
			case MUL, IMUL_WIDE, IMUL -> SIGN_ZERO_ADJUST_PARITY;
			case DIV, IDIV -> Flags.STATUS;
			case BT, BTS, BTR, BTC -> Flags.OF | Flags.SF | Flags.AF | Flags.PF;
			case BSF, BSR -> Flags.CF | Flags.OF | Flags.SF | Flags.AF | Flags.PF;
			case SHL, SHR, SAR -> afterShift(insn, count(insn, 1, before));
			case ROL, ROR, RCL, RCR -> count(insn, 1, before) > 1 ? Flags.OF : 0;
			case SHLD, SHRD -> afterDoubleShift(insn, count(insn, 2, before));
			default -> 0;
		};
	}

	/** CF is undefined once every bit has been shifted out; OF unless the count is 1; AF for any count. */
	private static long afterShift(Instruction insn, int count) {
		if (count == 0) {
			return 0;
		}
		long undefined = Flags.AF | (count > 1 ? Flags.OF : 0);
		boolean logical = insn.operation() != Operation.SAR;
		return logical && count >= insn.size(0) * 8 ? undefined | Flags.CF : undefined;
	}

	/** A count beyond the operand size makes the result and all flags undefined. */
	private static long afterDoubleShift(Instruction insn, int count) {
		if (count == 0) {
			return 0;
		}
		if (count > insn.size(0) * 8) {
			return Flags.STATUS;
		}
		return Flags.AF | (count > 1 ? Flags.OF : 0);
	}

	/** The masked count (SDM: to 5 bits, 6 with a 64-bit operand) of operand {@code index}: immediate or CL. */
	private static int count(Instruction insn, int index, CpuState before) {
		long raw = insn.kind(index) == Instruction.IMMEDIATE ? insn.value(index)
				: before.reg(insn.register(index), 1);
		return (int) raw & (insn.size(0) == 8 ? 0x3f : 0x1f);
	}
}
