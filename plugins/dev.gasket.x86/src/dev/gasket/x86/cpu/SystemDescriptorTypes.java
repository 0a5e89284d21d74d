package dev.gasket.x86.cpu;

/** Names of the system descriptor types (S = 0) in the GDT and IDT, SDM Vol. 3, Table 3-2. */
final class SystemDescriptorTypes {

	private static final String[] LEGACY = { "reserved", "available 16-bit TSS", "LDT", "busy 16-bit TSS",
			"16-bit call gate", "task gate", "16-bit interrupt gate", "16-bit trap gate", "reserved",
			"available 32-bit TSS", "reserved", "busy 32-bit TSS", "32-bit call gate", "reserved",
			"32-bit interrupt gate", "32-bit trap gate" };
	/** IA-32e mode drops the 16-bit types and task gates and widens the rest to 64 bits. */
	private static final String[] IA32E = { "reserved", "reserved", "LDT", "reserved", "reserved", "reserved",
			"reserved", "reserved", "reserved", "available 64-bit TSS", "reserved", "busy 64-bit TSS",
			"64-bit call gate", "reserved", "64-bit interrupt gate", "64-bit trap gate" };

	private SystemDescriptorTypes() {
	}

	static String name(int type, boolean ia32e) {
		return (ia32e ? IA32E : LEGACY)[type & 0xf];
	}
}
