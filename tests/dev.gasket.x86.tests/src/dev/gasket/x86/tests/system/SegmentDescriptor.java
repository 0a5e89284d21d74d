package dev.gasket.x86.tests.system;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gasket.x86.cpu.Segment;

/**
 * The fields of an 8-byte code or data segment descriptor (SDM Vol. 3, 3.4.5), decoded independently of the
 * emulator, to say what a segment register's hidden cache must hold after loading it.
 *
 * @param limit      byte-granular (scaled by 4 KiB when G is set)
 * @param attributes descriptor bits 47:40 and 55:52 packed as {@link Segment#attributes()} packs them
 */
record SegmentDescriptor(long base, long limit, int attributes) {

	static SegmentDescriptor decode(long raw) {
		long base = (raw >>> 16 & 0xff_ffff) | (raw >>> 56) << 24;
		long limit = (raw & 0xffff) | (raw >>> 48 & 0xf) << 16;
		boolean granular = (raw & 1L << 55) != 0;
		int attributes = (int) (raw >>> 40 & 0xff) | (int) (raw >>> 52 & 0xf) << 8;
		return new SegmentDescriptor(base, granular ? limit << 12 | 0xfff : limit, attributes);
	}

	/** Whether the CPU set the descriptor's accessed bit (bit 40) in memory when it loaded it. */
	static boolean accessed(long raw) {
		return (raw & 1L << 40) != 0;
	}

	/** Asserts that {@code segment} holds {@code selector} and this descriptor's base, limit and attributes. */
	void assertLoadedInto(Segment segment, int selector, String where) {
		assertEquals(selector, segment.selector(), where + ": selector");
		assertEquals(base, segment.base(), where + ": base");
		assertEquals(limit, segment.limit(), where + ": limit");
		assertEquals(attributes, segment.attributes(), where + ": attributes");
	}
}
