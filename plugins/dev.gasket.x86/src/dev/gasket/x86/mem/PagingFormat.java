package dev.gasket.x86.mem;

/**
 * The table layout of one paging mode under the current CR3, CR4.PSE, EFER.NXE and MAXPHYADDR: where the walk
 * starts, the levels it passes and how frame addresses are taken from entries (Intel SDM Vol. 3, 4.3 to 4.5).
 */
final class PagingFormat {

	private static final long FRAME_32 = 0xFFFF_F000L;

	final PagingMode mode;
	final PageLevel[] levels;
	final int entrySize;
	/** The physical address of the first table (PD, PDPT, PML4 or PML5). */
	final long root;
	/** Frame-address bits of an entry referencing a table or a 4 KiB page. */
	final long frameMask;

	private PagingFormat(PagingMode mode, int entrySize, long root, long frameMask, PageLevel... levels) {
		this.mode = mode;
		this.entrySize = entrySize;
		this.root = root;
		this.frameMask = frameMask;
		this.levels = levels;
	}

	static PagingFormat of(PagingMode mode, long cr3, boolean pse, boolean nxe, int maxPhysicalBits) {
		long frameMask = bits(maxPhysicalBits - 1, 12);
		long noExecuteReserved = nxe ? 0 : PageEntry.NO_EXECUTE;
		return switch (mode) {
			case BITS_32 -> bits32(cr3, pse, maxPhysicalBits);
			case PAE -> pae(cr3, bits(62, maxPhysicalBits) | noExecuteReserved, frameMask, maxPhysicalBits);
			case LEVEL_4, LEVEL_5 -> ia32e(mode, cr3, bits(51, maxPhysicalBits) | noExecuteReserved, frameMask);
			case NONE -> throw new IllegalArgumentException("no page tables without paging");
		};
	}

	private static PagingFormat bits32(long cr3, boolean pse, int maxPhysicalBits) {
		// A 4 MiB PDE holds physical bits (M'-1):32 in its bits (M'-19):13, where M' = min(MAXPHYADDR, 40).
		int pse36Limit = Math.min(maxPhysicalBits, 40) - 19;
		PageLevel pde = pse
				? new PageLevel("PDE", 22, 10, "PDE (4 MiB)", 0, bits(21, pse36Limit), true)
				: PageLevel.table("PDE", 22, 10, 0);
		return new PagingFormat(PagingMode.BITS_32, 4, cr3 & FRAME_32, FRAME_32, pde, PageLevel.table("PTE", 12, 10, 0));
	}

	private static PagingFormat pae(long cr3, long high, long frameMask, int maxPhysicalBits) {
		// PDPTEs have no R/W, U/S, A or XD: bits 2:1, 8:5 and 63:M are reserved.
		long pdpteReserved = bits(63, maxPhysicalBits) | bits(8, 5) | bits(2, 1);
		return new PagingFormat(PagingMode.PAE, 8, cr3 & 0xFFFF_FFE0L, frameMask,
				new PageLevel("PDPTE", 30, 2, null, pdpteReserved, 0, false),
				PageLevel.withLargePages("PDE", 21, "PDE (2 MiB)", high, high | bits(20, 13)),
				PageLevel.table("PTE", 12, 9, high));
	}

	private static PagingFormat ia32e(PagingMode mode, long cr3, long high, long frameMask) {
		PageLevel pml4 = PageLevel.table("PML4E", 39, 9, high | PageEntry.PAGE_SIZE);
		PageLevel pdpt = PageLevel.withLargePages("PDPTE", 30, "PDPTE (1 GiB)", high, high | bits(29, 13));
		PageLevel pd = PageLevel.withLargePages("PDE", 21, "PDE (2 MiB)", high, high | bits(20, 13));
		PageLevel pt = PageLevel.table("PTE", 12, 9, high);
		long root = cr3 & frameMask;
		return mode == PagingMode.LEVEL_5
				? new PagingFormat(mode, 8, root, frameMask,
						PageLevel.table("PML5E", 48, 9, high | PageEntry.PAGE_SIZE), pml4, pdpt, pd, pt)
				: new PagingFormat(mode, 8, root, frameMask, pml4, pdpt, pd, pt);
	}

	/** The physical base of the page a leaf entry maps at {@code level}. */
	long frame(PageLevel level, long entry, boolean large) {
		if (!large) {
			return entry & frameMask;
		}
		if (entrySize == 4) {
			return ((entry >>> 13) & 0xFF) << 32 | (entry & 0xFFC0_0000L);
		}
		// Bit 12 of a large-page entry is PAT, not address.
		return entry & frameMask & -level.coverage();
	}

	/** The mask of bits {@code high} down to {@code low}; empty when {@code high < low}. */
	static long bits(int high, int low) {
		if (high < low) {
			return 0;
		}
		long upTo = high == 63 ? -1L : (1L << (high + 1)) - 1;
		return upTo & -(1L << low);
	}
}
