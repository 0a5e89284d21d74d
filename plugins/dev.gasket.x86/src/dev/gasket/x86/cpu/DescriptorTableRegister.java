package dev.gasket.x86.cpu;

/** GDTR or IDTR: a linear base address and a 16-bit limit. */
public final class DescriptorTableRegister {

	private long base;
	private int limit;

	public long base() {
		return base;
	}

	public int limit() {
		return limit;
	}

	public void load(long base, int limit) {
		this.base = base;
		this.limit = limit & 0xffff;
	}

	public void copyFrom(DescriptorTableRegister other) {
		load(other.base, other.limit);
	}

	@Override
	public String toString() {
		return String.format("base=%x limit=%x", base, limit);
	}
}
