package dev.gasket.x86.tests.lockstep;

/**
 * Maps QEMU's segment-cache flags onto the emulator's 12-bit attributes ({@code dev.gasket.x86.cpu.Segment}).
 * <p>
 * QEMU keeps the descriptor's whole high doubleword as loaded, so its flags also carry base bits 16..23 and
 * 24..31 and limit bits 16..19; only bits 8..15 (type, S, DPL, P) and 20..23 (AVL, L, D/B, G) are attributes.
 * The emulator packs exactly those: bits 8..15 to 0..7 and 20..23 to 8..11, so the mapping is exact.
 */
final class SegmentAttributes {

	private static final int DESCRIPTOR_BYTE_5 = 0x0000_ff00;
	private static final int DESCRIPTOR_FLAGS_NIBBLE = 0x00f0_0000;

	private SegmentAttributes() {
	}

	static int fromQemuFlags(int flags) {
		return (flags & DESCRIPTOR_BYTE_5) >>> 8 | (flags & DESCRIPTOR_FLAGS_NIBBLE) >>> 12;
	}
}
