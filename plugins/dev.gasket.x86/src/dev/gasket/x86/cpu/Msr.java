package dev.gasket.x86.cpu;

/** Model-specific register numbers the emulator implements (Intel SDM Vol. 4). */
public final class Msr {
	public static final int TSC = 0x10;
	public static final int APIC_BASE = 0x1b;
	public static final int MISC_ENABLE = 0x1a0;
	public static final int PAT = 0x277;
	public static final int EFER = 0xc0000080;
	public static final int STAR = 0xc0000081;
	public static final int LSTAR = 0xc0000082;
	public static final int CSTAR = 0xc0000083;
	public static final int FMASK = 0xc0000084;
	public static final int FS_BASE = 0xc0000100;
	public static final int GS_BASE = 0xc0000101;
	public static final int KERNEL_GS_BASE = 0xc0000102;
	public static final int TSC_AUX = 0xc0000103;

	private Msr() {
	}
}
