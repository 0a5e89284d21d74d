package dev.gasket.x86.tests.qemu;

/**
 * The hidden part of a segment register (or LDTR/TR) as QEMU's {@code info registers} prints it.
 *
 * @param selector the visible selector
 * @param base     the cached base address
 * @param limit    the cached limit, already scaled by the granularity bit
 * @param flags    the descriptor's attribute bits in the positions of its high doubleword (type at 8..11,
 *                 S 12, DPL 13..14, P 15, AVL 20, L 21, D/B 22, G 23), as QEMU keeps them
 */
public record SegmentCache(int selector, long base, long limit, int flags) {

	private static final int LONG_MODE_BIT = 21;
	private static final int DEFAULT_BIG_BIT = 22;
	private static final int DPL_SHIFT = 13;

	/** CS.L: with EFER.LMA set, 64-bit code. */
	public boolean longMode() {
		return (flags >>> LONG_MODE_BIT & 1) != 0;
	}

	/** D/B: 32-bit default operand size for code, 32-bit stack pointer for stacks. */
	public boolean defaultBig() {
		return (flags >>> DEFAULT_BIG_BIT & 1) != 0;
	}

	public int privilegeLevel() {
		return flags >>> DPL_SHIFT & 3;
	}
}
