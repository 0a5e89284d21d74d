package dev.gasket.toolchain;

import java.util.Locale;

/** The GNU programs Gasket drives: the binutils and the gcc driver that preprocesses {@code .S} sources. */
public enum GnuTool {
	AS("binutils"),
	LD("binutils"),
	OBJDUMP("binutils"),
	NM("binutils"),
	OBJCOPY("binutils"),
	GCC("gcc");

	private final String debianPackage;

	GnuTool(String debianPackage) {
		this.debianPackage = debianPackage;
	}

	/** The unprefixed executable name, e.g. {@code "as"}. */
	public String programName() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** The Debian package that installs the host's unprefixed program, e.g. {@code "binutils"}. */
	public String debianPackage() {
		return debianPackage;
	}

	/**
	 * The Debian cross package for a target prefix, following Debian's naming: {@code x86_64-linux-gnu-} gives
	 * {@code binutils-x86-64-linux-gnu} (underscores become hyphens, as package names allow no underscore).
	 */
	public String debianPackage(String prefix) {
		String target = prefix.endsWith("-") ? prefix.substring(0, prefix.length() - 1) : prefix;
		return debianPackage + "-" + target.replace('_', '-').toLowerCase(Locale.ROOT);
	}
}
