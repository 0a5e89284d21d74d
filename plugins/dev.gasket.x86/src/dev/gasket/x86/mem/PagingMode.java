package dev.gasket.x86.mem;

import dev.gasket.x86.cpu.ControlRegister;

/** The paging modes of Intel SDM Vol. 3, 4.1.1, Table 4-1. */
public enum PagingMode {
	NONE("no paging"),
	BITS_32("32-bit"),
	PAE("PAE"),
	LEVEL_4("4-level"),
	LEVEL_5("5-level");

	private static final long CR0_PG = ControlRegister.CR0.mask("PG");
	private static final long CR4_PAE = ControlRegister.CR4.mask("PAE");
	private static final long CR4_LA57 = ControlRegister.CR4.mask("LA57");
	private static final long EFER_LME = ControlRegister.EFER.mask("LME");

	private final String label;

	PagingMode(String label) {
		this.label = label;
	}

	/** A short human-readable name, e.g. {@code "4-level"}. */
	public String label() {
		return label;
	}

	/** The width of a linear address: 32 bits, 48 bits for 4-level and 57 for 5-level paging (canonical form). */
	public int linearAddressBits() {
		return switch (this) {
			case LEVEL_4 -> 48;
			case LEVEL_5 -> 57;
			default -> 32;
		};
	}

	/**
	 * The mode selected by CR0.PG, CR4.PAE, CR4.LA57 and EFER.LME. As in the SDM, IA-32e paging depends on LME, not on
	 * LMA: the processor sets LMA exactly when PG and LME are both set.
	 */
	public static PagingMode of(long cr0, long cr4, long efer) {
		if ((cr0 & CR0_PG) == 0) {
			return NONE;
		}
		if ((cr4 & CR4_PAE) == 0) {
			return BITS_32;
		}
		if ((efer & EFER_LME) == 0) {
			return PAE;
		}
		return (cr4 & CR4_LA57) != 0 ? LEVEL_5 : LEVEL_4;
	}
}
