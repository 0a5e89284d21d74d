package dev.gasket.x86.mem;

/**
 * One level of a paging hierarchy: which linear-address bits index its table, the reserved bits of its entries, and
 * whether an entry with PS=1 maps a large page there.
 *
 * @param name            the SDM's name of the entry, e.g. {@code "PML4E"}
 * @param shift           the lowest linear-address bit of the index
 * @param indexBits       the number of index bits
 * @param largeName       the name of an entry mapping a large page here, or {@code null} if PS does not map one
 * @param reserved        bits that must be 0 in an entry referencing a table (or a page, on the last level)
 * @param largeReserved   bits that must be 0 in an entry mapping a large page
 * @param hasAccessRights whether the entry has R/W, U/S, A and (in 8-byte formats) XD; PAE's PDPTEs have none
 */
record PageLevel(String name, int shift, int indexBits, String largeName, long reserved, long largeReserved,
		boolean hasAccessRights) {

	static PageLevel table(String name, int shift, int indexBits, long reserved) {
		return new PageLevel(name, shift, indexBits, null, reserved, 0, true);
	}

	static PageLevel withLargePages(String name, int shift, String largeName, long reserved, long largeReserved) {
		return new PageLevel(name, shift, 9, largeName, reserved, largeReserved, true);
	}

	boolean mapsLargePages() {
		return largeName != null;
	}

	int index(long linear) {
		return (int) (linear >>> shift) & ((1 << indexBits) - 1);
	}

	/** The size of the region one entry of this level maps. */
	long coverage() {
		return 1L << shift;
	}
}
