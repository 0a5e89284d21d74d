package dev.gasket.x86.cpu;

/** A single named flag of a control register, e.g. CR0.PE at bit 0. */
public record RegisterBit(String name, int bit) {

	public RegisterBit {
		if (bit < 0 || bit > 63) {
			throw new IllegalArgumentException("bit " + bit + " of " + name + " is outside 0..63");
		}
	}

	/** The value with only this bit set. */
	public long mask() {
		return 1L << bit;
	}
}
