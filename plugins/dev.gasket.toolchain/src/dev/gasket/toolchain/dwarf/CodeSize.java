package dev.gasket.toolchain.dwarf;

/** The default operand and address size code was assembled for ({@code .code16}, {@code .code32}, {@code .code64}). */
public enum CodeSize {
	BITS_16(16),
	BITS_32(32),
	BITS_64(64);

	private final int bits;

	CodeSize(int bits) {
		this.bits = bits;
	}

	public int bits() {
		return bits;
	}
}
