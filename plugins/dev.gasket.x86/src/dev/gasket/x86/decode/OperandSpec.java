package dev.gasket.x86.decode;

import dev.gasket.x86.cpu.SegmentRegister;

/**
 * One operand of an opcode in the notation of the Intel SDM's opcode map (Vol. 2, Appendix A.2):
 * an addressing method letter and a size code, e.g. {@code Ev}, {@code Ib}, {@code Jz}, or a fixed
 * register such as {@code AL}, {@code rAX}, {@code CL}, {@code DX}.
 */
public record OperandSpec(char method, char size, int fixedRegister) {

	/** Addressing methods beyond the SDM's letters. */
	static final char FIXED_GPR = 'r';
	static final char FIXED_SEGMENT = 's';
	static final char CONSTANT_ONE = '1';
	/** The register in the low three opcode bits (the SDM writes e.g. {@code rAX/r8}). */
	static final char OPCODE_REGISTER = 'Z';

	static OperandSpec parse(String text) {
		switch (text) {
			case "AL": return new OperandSpec(FIXED_GPR, 'b', 0);
			case "CL": return new OperandSpec(FIXED_GPR, 'b', 1);
			case "AX": return new OperandSpec(FIXED_GPR, 'w', 0);
			case "DX": return new OperandSpec(FIXED_GPR, 'w', 2);
			case "eAX": return new OperandSpec(FIXED_GPR, 'z', 0);
			case "rAX": return new OperandSpec(FIXED_GPR, 'v', 0);
			case "1": return new OperandSpec(CONSTANT_ONE, 'b', 0);
			case "M": return new OperandSpec('M', '-', -1);
			case "ES", "CS", "SS", "DS", "FS", "GS":
				return new OperandSpec(FIXED_SEGMENT, 'w', SegmentRegister.valueOf(text).ordinal());
			default:
				if (text.length() != 2) {
					throw new IllegalArgumentException("bad operand spec " + text);
				}
				return new OperandSpec(text.charAt(0), text.charAt(1), -1);
		}
	}

	boolean needsModRm() {
		return "EGMRSCD".indexOf(method) >= 0;
	}
}
