package dev.gasket.x86.cpu;

import java.util.ArrayList;
import java.util.List;

/**
 * A GDT or LDT entry decoded (Intel SDM Vol. 3, 3.4.5): base, byte-granular limit and the attribute bits packed as
 * {@link Segment#attributes()} packs them, so a descriptor and a segment register's hidden cache read alike. System
 * descriptors (LDT, TSS, call gate) take 16 bytes in IA-32e mode; {@link #ofSystem64} adds base bits 63:32.
 */
public record SegmentDescriptor(long base, long limit, int attributes) {

	private static final int TYPE = 0xf;
	private static final int DPL_SHIFT = 5;
	private static final long GRANULARITY_BIT = 1L << 55;

	/** Decodes an 8-byte descriptor. */
	public static SegmentDescriptor of(long descriptor) {
		return new SegmentDescriptor(base(descriptor), limit(descriptor), attributes(descriptor));
	}

	/** Decodes a 16-byte IA-32e system descriptor: the second quadword's low half holds base bits 63:32. */
	public static SegmentDescriptor ofSystem64(long low, long high) {
		return new SegmentDescriptor(base(low) | (high & 0xffffffffL) << 32, limit(low), attributes(low));
	}

	/** Descriptor bytes 5 (type, S, DPL, P) and the flags nibble of byte 6 (AVL, L, D/B, G), as 12 bits. */
	public static int attributes(long descriptor) {
		return (int) ((descriptor >>> 40) & 0xff) | (int) ((descriptor >>> 52) & 0xf) << 8;
	}

	/** Base bits 31:0, from bytes 2..4 and 7. */
	public static long base(long descriptor) {
		return ((descriptor >>> 16) & 0xffffff) | ((descriptor >>> 56) & 0xff) << 24;
	}

	/** The limit in bytes: 20 bits, scaled to 4 KiB units (low 12 bits all ones) when G is set. */
	public static long limit(long descriptor) {
		long limit = (descriptor & 0xffff) | ((descriptor >>> 48) & 0xf) << 16;
		return (descriptor & GRANULARITY_BIT) != 0 ? (limit << 12) | 0xfff : limit;
	}

	/** The 4-bit type field. */
	public int type() {
		return attributes & TYPE;
	}

	/** S = 0: an LDT, TSS or gate rather than a code or data segment. */
	public boolean isSystem() {
		return (attributes & Segment.S) == 0;
	}

	public boolean isCode() {
		return !isSystem() && (attributes & Segment.TYPE_CODE) != 0;
	}

	public int dpl() {
		return (attributes >> DPL_SHIFT) & 3;
	}

	public boolean isPresent() {
		return (attributes & Segment.P) != 0;
	}

	public boolean isLong() {
		return (attributes & Segment.L) != 0;
	}

	public boolean isDefaultBig() {
		return (attributes & Segment.DB) != 0;
	}

	public boolean isGranular() {
		return (attributes & Segment.G) != 0;
	}

	/**
	 * What the type field means, e.g. {@code "code, execute/read, accessed"}, {@code "data, read/write"} or
	 * {@code "available 64-bit TSS"}; system types depend on whether IA-32e mode is active.
	 */
	public String typeName(boolean ia32e) {
		if (isSystem()) {
			return SystemDescriptorTypes.name(type(), ia32e);
		}
		List<String> parts = new ArrayList<>();
		int type = type();
		if (isCode()) {
			parts.add("code");
			parts.add((type & Segment.TYPE_WRITABLE_OR_READABLE) != 0 ? "execute/read" : "execute-only");
			if ((type & Segment.TYPE_CONFORMING_OR_EXPAND_DOWN) != 0) {
				parts.add("conforming");
			}
		} else {
			parts.add("data");
			parts.add((type & Segment.TYPE_WRITABLE_OR_READABLE) != 0 ? "read/write" : "read-only");
			if ((type & Segment.TYPE_CONFORMING_OR_EXPAND_DOWN) != 0) {
				parts.add("expand-down");
			}
		}
		if ((type & Segment.TYPE_ACCESSED) != 0) {
			parts.add("accessed");
		}
		return String.join(", ", parts);
	}

	/** A one-line account, e.g. {@code "64-bit code, execute/read, accessed, DPL 0"}, {@code "not present"} for P = 0. */
	public String describe(boolean ia32e) {
		String width = "";
		if (isCode()) {
			width = isLong() ? "64-bit " : isDefaultBig() ? "32-bit " : "16-bit ";
		}
		String text = width + typeName(ia32e) + ", DPL " + dpl();
		return isPresent() ? text : text + ", not present";
	}
}
