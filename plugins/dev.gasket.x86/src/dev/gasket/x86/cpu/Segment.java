package dev.gasket.x86.cpu;

/**
 * A segment register: the visible selector and the hidden descriptor cache (base, limit, attributes)
 * that the CPU loaded with it (Intel SDM Vol. 3, 3.4.3). The cache, not the selector, decides addressing.
 */
public final class Segment {

	/** Attribute bits as in descriptor bytes 5..6 (type, S, DPL, P, AVL, L, D/B, G), packed into 12 bits. */
	public static final int TYPE_ACCESSED = 0x1;
	public static final int TYPE_WRITABLE_OR_READABLE = 0x2;
	public static final int TYPE_CONFORMING_OR_EXPAND_DOWN = 0x4;
	public static final int TYPE_CODE = 0x8;
	public static final int S = 0x10;
	public static final int P = 0x80;
	public static final int L = 0x200;
	public static final int DB = 0x400;
	public static final int G = 0x800;
	private static final int DPL_SHIFT = 5;

	private int selector;
	private long base;
	private long limit;
	private int attributes;
	private boolean usable = true;

	public int selector() {
		return selector;
	}

	public long base() {
		return base;
	}

	/** The byte-granular limit (already scaled by G). */
	public long limit() {
		return limit;
	}

	public int attributes() {
		return attributes;
	}

	/** False after loading a null selector into a data segment register in protected mode. */
	public boolean usable() {
		return usable;
	}

	public int dpl() {
		return (attributes >> DPL_SHIFT) & 3;
	}

	public int rpl() {
		return selector & 3;
	}

	public boolean isCode() {
		return (attributes & (S | TYPE_CODE)) == (S | TYPE_CODE);
	}

	public boolean isLong() {
		return (attributes & L) != 0;
	}

	public boolean isDefaultBig() {
		return (attributes & DB) != 0;
	}

	public boolean isPresent() {
		return (attributes & P) != 0;
	}

	/** Loads selector and cache as one step, as a segment load does. */
	public void load(int selector, long base, long limit, int attributes) {
		this.selector = selector & 0xffff;
		this.base = base;
		this.limit = limit;
		this.attributes = attributes & 0xfff;
		this.usable = true;
	}

	/** A null selector in a data segment register: using it faults until reloaded. */
	public void loadNull(int selector) {
		this.selector = selector & 0xffff;
		this.base = 0;
		this.limit = 0;
		this.attributes = 0;
		this.usable = false;
	}

	/** A real-mode load: base = selector * 16, the cached limit and attributes stay (which is what makes "unreal mode" work). */
	public void loadReal(int selector) {
		this.selector = selector & 0xffff;
		this.base = (long) (selector & 0xffff) << 4;
		this.usable = true;
	}

	/** Only the base changes, as for FS/GS base writes through MSRs or {@code swapgs}. */
	public void setBase(long base) {
		this.base = base;
	}

	public void copyFrom(Segment other) {
		selector = other.selector;
		base = other.base;
		limit = other.limit;
		attributes = other.attributes;
		usable = other.usable;
	}

	@Override
	public String toString() {
		return String.format("%04x base=%x limit=%x attr=%03x%s", selector, base, limit, attributes, usable ? "" : " unusable");
	}
}
