package dev.gasket.x86.cpu;

/**
 * The operating mode of an x86 processor, as it determines how instructions
 * are decoded and how addresses are formed.
 * <p>
 * Virtual-8086 mode is out of scope: it depends on EFLAGS.VM, which the
 * emulator does not support, so it is not modelled here.
 */
public enum CpuMode {
	REAL("real mode"),
	PROTECTED_16("16-bit protected"),
	PROTECTED_32("32-bit protected"),
	COMPATIBILITY("compatibility"),
	LONG_64("64-bit");

	private final String label;

	CpuMode(String label) {
		this.label = label;
	}

	/** A short human-readable name, e.g. {@code "64-bit"}. */
	public String label() {
		return label;
	}

	/**
	 * Decides the mode from the registers the Intel SDM (Vol. 3, 2.2 and 5.2.1)
	 * names as deciding it.
	 *
	 * @param cr0          CR0; only PE matters
	 * @param efer         IA32_EFER; only LMA matters
	 * @param csLong       the L bit of the current CS descriptor
	 * @param csDefaultBig the D/B bit of the current CS descriptor
	 */
	public static CpuMode of(long cr0, long efer, boolean csLong, boolean csDefaultBig) {
		if ((cr0 & PE) == 0) {
			return REAL;
		}
		if ((efer & LMA) != 0) {
			// In IA-32e mode CS.L picks 64-bit; with L=0 the code segment runs in compatibility mode.
			return csLong ? LONG_64 : COMPATIBILITY;
		}
		return csDefaultBig ? PROTECTED_32 : PROTECTED_16;
	}

	private static final long PE = ControlRegister.CR0.mask("PE");
	private static final long LMA = ControlRegister.EFER.mask("LMA");
}
