package dev.gasket.toolchain.dwarf;

import java.io.IOException;

/** Debug information that cannot be decoded; the message names the section, the byte offset in it and the problem. */
public final class DwarfException extends IOException {

	private static final long serialVersionUID = 1L;

	private final String section;
	private final long offset;

	public DwarfException(String section, long offset, String problem) {
		super("malformed " + section + " at offset 0x" + Long.toHexString(offset) + ": " + problem);
		this.section = section;
		this.offset = offset;
	}

	/** The ELF section being decoded, e.g. {@code .debug_line}. */
	public String section() {
		return section;
	}

	/** The offset in {@link #section()} where the problem was found. */
	public long offset() {
		return offset;
	}
}
