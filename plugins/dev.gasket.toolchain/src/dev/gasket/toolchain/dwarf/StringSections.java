package dev.gasket.toolchain.dwarf;

import java.util.Optional;

import dev.gasket.toolchain.elf.ElfImage;

/** The string sections that DW_FORM_strp and DW_FORM_line_strp values point into. */
final class StringSections {

	private final Optional<byte[]> debugStr;
	private final Optional<byte[]> debugLineStr;

	StringSections(ElfImage image) {
		debugStr = image.section(".debug_str");
		debugLineStr = image.section(".debug_line_str");
	}

	/** The string at {@code offset} of {@code .debug_str}; {@code from} is the cursor holding the reference. */
	String strp(long offset, SectionCursor from) throws DwarfException {
		return read(".debug_str", debugStr, offset, from);
	}

	/** The string at {@code offset} of {@code .debug_line_str}. */
	String lineStrp(long offset, SectionCursor from) throws DwarfException {
		return read(".debug_line_str", debugLineStr, offset, from);
	}

	private static String read(String name, Optional<byte[]> section, long offset, SectionCursor from)
			throws DwarfException {
		if (section.isEmpty()) {
			throw from.error("a string reference points into " + name + ", which the file lacks");
		}
		SectionCursor strings = new SectionCursor(name, section.get());
		strings.seek(offset, "string offset (referenced from " + from.section() + ")");
		return strings.cstring("string");
	}
}
