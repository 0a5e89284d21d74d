package dev.gasket.x86.cpu;

/**
 * Which x86 the machine emulates. X86S (Intel's 2023 "simplified" architecture proposal) removes
 * 16-bit and 32-bit ring-0 operation: the same code faults there where a legacy CPU would switch modes.
 */
public enum CpuModel {
	/** A generic x86-64 processor with every legacy mode. */
	LEGACY("legacy x86-64", true),
	/** X86S: no real mode, no 16-bit code, no compatibility mode at CPL 0, paging cannot be turned off. */
	X86S("X86S", false);

	private final String label;
	private final boolean legacyModes;

	CpuModel(String label, boolean legacyModes) {
		this.label = label;
		this.legacyModes = legacyModes;
	}

	public String label() {
		return label;
	}

	/** Whether real mode, 16-bit segments, ring-0 compatibility mode and CR0.PG/CR4.PAE clearing are allowed. */
	public boolean allowsLegacyModes() {
		return legacyModes;
	}
}
