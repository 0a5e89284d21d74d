package dev.gasket.debug.model.state;

import dev.gasket.x86.cpu.Msr;

/** The MSRs the MSRs group shows, with their names in the SDM's short form (IA32_ prefix dropped). */
enum ModelSpecificRegister {
	EFER("efer", Msr.EFER),
	STAR("star", Msr.STAR),
	LSTAR("lstar", Msr.LSTAR),
	CSTAR("cstar", Msr.CSTAR),
	FMASK("fmask", Msr.FMASK),
	FS_BASE("fs_base", Msr.FS_BASE),
	GS_BASE("gs_base", Msr.GS_BASE),
	KERNEL_GS_BASE("kernel_gs_base", Msr.KERNEL_GS_BASE),
	PAT("pat", Msr.PAT),
	APIC_BASE("apic_base", Msr.APIC_BASE),
	MISC_ENABLE("misc_enable", Msr.MISC_ENABLE),
	TSC_AUX("tsc_aux", Msr.TSC_AUX);

	private final String registerName;
	private final int number;

	ModelSpecificRegister(String registerName, int number) {
		this.registerName = registerName;
		this.number = number;
	}

	String registerName() {
		return registerName;
	}

	int number() {
		return number;
	}
}
