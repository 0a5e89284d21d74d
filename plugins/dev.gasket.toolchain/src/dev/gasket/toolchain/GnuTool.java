package dev.gasket.toolchain;

import java.util.Locale;

/** The GNU binutils programs Gasket drives. */
public enum GnuTool {
	AS,
	LD,
	OBJDUMP,
	NM;

	/** The unprefixed executable name, e.g. {@code "as"}. */
	public String programName() {
		return name().toLowerCase(Locale.ROOT);
	}
}
