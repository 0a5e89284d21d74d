package dev.gasket.x86.mem;

/** Flag bits shared by the paging-structure entries of all paging modes (Intel SDM Vol. 3, 4.3 to 4.5). */
public final class PageEntry {

	public static final long PRESENT = 1L << 0;
	public static final long WRITABLE = 1L << 1;
	public static final long USER = 1L << 2;
	public static final long ACCESSED = 1L << 5;
	public static final long DIRTY = 1L << 6;
	/** Maps a large page in a PDE or PDPTE; in a PTE the same bit is PAT. */
	public static final long PAGE_SIZE = 1L << 7;
	public static final long GLOBAL = 1L << 8;
	/** Execute-disable; only in 8-byte entries and only while EFER.NXE is set. */
	public static final long NO_EXECUTE = 1L << 63;

	private PageEntry() {
	}
}
