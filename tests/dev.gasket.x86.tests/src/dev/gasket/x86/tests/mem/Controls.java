package dev.gasket.x86.tests.mem;

import dev.gasket.x86.mem.Mmu;
import dev.gasket.x86.mem.PagingMode;

/**
 * CR0, CR3, CR4 and EFER as a CPU would hold them for a paging mode, with the bit positions of the Intel SDM Vol. 3,
 * 2.5 and 2.2.1 written out here. Defaults: CR0.WP on, CR4.PSE on for 32-bit paging, EFER.NXE on where PAE is.
 */
record Controls(long cr0, long cr3, long cr4, long efer) {

	static final long CR0_PE = 1L;
	static final long CR0_WP = 1L << 16;
	static final long CR0_PG = 1L << 31;
	static final long CR4_PSE = 1L << 4;
	static final long CR4_PAE = 1L << 5;
	static final long CR4_PGE = 1L << 7;
	static final long CR4_LA57 = 1L << 12;
	static final long EFER_LME = 1L << 8;
	static final long EFER_LMA = 1L << 10;
	static final long EFER_NXE = 1L << 11;

	static Controls forMode(PagingMode mode, long cr3) {
		long cr0 = CR0_PE | CR0_PG | CR0_WP;
		return switch (mode) {
			case NONE -> new Controls(CR0_PE, 0, 0, 0);
			case BITS_32 -> new Controls(cr0, cr3, CR4_PSE, 0);
			case PAE -> new Controls(cr0, cr3, CR4_PAE, EFER_NXE);
			case LEVEL_4 -> new Controls(cr0, cr3, CR4_PAE, EFER_LME | EFER_LMA | EFER_NXE);
			case LEVEL_5 -> new Controls(cr0, cr3, CR4_PAE | CR4_LA57, EFER_LME | EFER_LMA | EFER_NXE);
		};
	}

	static Controls forTables(PageTables tables) {
		return forMode(tables.mode(), tables.cr3());
	}

	Controls withCr0(long set, long clear) {
		return new Controls((cr0 | set) & ~clear, cr3, cr4, efer);
	}

	Controls withCr3(long value) {
		return new Controls(cr0, value, cr4, efer);
	}

	Controls withCr4(long set, long clear) {
		return new Controls(cr0, cr3, (cr4 | set) & ~clear, efer);
	}

	Controls withEfer(long set, long clear) {
		return new Controls(cr0, cr3, cr4, (efer | set) & ~clear);
	}

	Mmu applyTo(Mmu mmu) {
		mmu.setControl(cr0, cr3, cr4, efer);
		return mmu;
	}
}
