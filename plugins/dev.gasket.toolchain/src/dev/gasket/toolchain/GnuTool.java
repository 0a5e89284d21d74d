package dev.gasket.toolchain;

/** The GNU binutils programs Gasket drives. */
public enum GnuTool {
	AS("as"),
	LD("ld"),
	OBJDUMP("objdump"),
	NM("nm");

	private final String programName;

	GnuTool(String programName) {
		this.programName = programName;
	}

	/** The unprefixed executable name, e.g. {@code "as"}. */
	public String programName() {
		return programName;
	}
}
