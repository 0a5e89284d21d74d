package dev.gasket.lang.instructions;

/**
 * The processor mode code is assembled for, as selected by GAS's {@code .code16}, {@code .code32} and
 * {@code .code64} directives.
 */
public enum CodeMode {
	BITS_16(16, ".code16"), BITS_32(32, ".code32"), BITS_64(64, ".code64");

	private final int bits;
	private final String directive;

	CodeMode(int bits, String directive) {
		this.bits = bits;
		this.directive = directive;
	}

	public int bits() {
		return bits;
	}

	public String directive() {
		return directive;
	}

	/** For messages: "64-bit code (.code64)". */
	public String describe() {
		return bits + "-bit code (" + directive + ")";
	}

	/** Operand size without prefixes; 64-bit code still defaults to 32-bit operands. */
	public int defaultOperandBits() {
		return this == BITS_16 ? 16 : 32;
	}

	/** Operand size of stack operations and near branches without prefixes. */
	public int stackBits() {
		return bits;
	}

	/** Width of the general register that moves to and from control and debug registers. */
	public int nativeRegisterBits() {
		return this == BITS_64 ? 64 : 32;
	}
}
