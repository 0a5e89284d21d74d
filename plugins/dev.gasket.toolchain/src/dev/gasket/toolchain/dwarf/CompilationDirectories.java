package dev.gasket.toolchain.dwarf;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import dev.gasket.toolchain.elf.ElfImage;

/**
 * The DW_AT_comp_dir of each compilation unit in {@code .debug_info}, by the DW_AT_stmt_list offset of its line
 * table. Line tables before DWARF 5 leave the compilation directory out of their directory list, so relative file
 * names need it. {@code .debug_info} is decoded only when first asked, as far as the first DIE of each unit.
 */
final class CompilationDirectories {

	private static final long DWARF64_ESCAPE = 0xffff_ffffL;
	private static final int DW_UT_TYPE = 0x02;
	private static final int DW_UT_SKELETON = 0x04;
	private static final int DW_UT_SPLIT_COMPILE = 0x05;
	private static final int DW_UT_SPLIT_TYPE = 0x06;
	private static final int DW_AT_STMT_LIST = 0x10;
	private static final int DW_AT_COMP_DIR = 0x1b;
	private static final int DW_FORM_IMPLICIT_CONST = 0x21;

	private final ElfImage image;
	private final StringSections strings;
	private Map<Long, Path> byLineOffset;

	CompilationDirectories(ElfImage image, StringSections strings) {
		this.image = image;
		this.strings = strings;
	}

	/** The compilation directory of the unit whose line table starts at {@code lineOffset}, if recorded. */
	Optional<Path> of(long lineOffset) throws DwarfException {
		if (byLineOffset == null) {
			byLineOffset = read();
		}
		return Optional.ofNullable(byLineOffset.get(lineOffset));
	}

	private Map<Long, Path> read() throws DwarfException {
		Map<Long, Path> directories = new HashMap<>();
		Optional<byte[]> info = image.section(".debug_info");
		Optional<byte[]> abbreviations = image.section(".debug_abbrev");
		if (info.isEmpty() || abbreviations.isEmpty()) {
			return directories;
		}
		SectionCursor cursor = new SectionCursor(".debug_info", info.get());
		int sectionEnd = cursor.limit();
		while (cursor.position() < sectionEnd) {
			cursor.limitTo(sectionEnd, "section");
			readUnit(cursor, abbreviations.get(), directories);
		}
		return directories;
	}

	/** Records the unit's directory if its first DIE has both attributes; leaves the cursor at the next unit. */
	private void readUnit(SectionCursor cursor, byte[] abbreviations, Map<Long, Path> directories)
			throws DwarfException {
		int unitOffset = cursor.position();
		long length = cursor.u32("unit_length");
		boolean dwarf64 = length == DWARF64_ESCAPE;
		if (dwarf64) {
			length = cursor.u64("64-bit unit_length");
		}
		long unitEnd = cursor.position() + length;
		if (length < 0 || unitEnd > cursor.limit()) {
			throw cursor.errorAt(unitOffset, "the unit claims " + Long.toUnsignedString(length)
					+ " bytes, beyond the end of the section (truncated section?)");
		}
		cursor.limitTo(unitEnd, "unit");
		int version = cursor.u16("version");
		int unitType = 0;
		int addressSize;
		long abbreviationOffset;
		if (version >= 5) {
			unitType = cursor.u8("unit_type");
			addressSize = cursor.u8("address_size");
			abbreviationOffset = cursor.offset(dwarf64, "debug_abbrev_offset");
		} else {
			abbreviationOffset = cursor.offset(dwarf64, "debug_abbrev_offset");
			addressSize = cursor.u8("address_size");
		}
		boolean typeUnit = unitType == DW_UT_TYPE || unitType == DW_UT_SPLIT_TYPE;
		if (version >= 2 && version <= 5 && !typeUnit) {
			if (unitType == DW_UT_SKELETON || unitType == DW_UT_SPLIT_COMPILE) {
				cursor.skip(8, "dwo_id");
			}
			readFirstEntry(cursor, new UnitEncoding(version, dwarf64, addressSize), abbreviations, abbreviationOffset,
					directories);
		}
		cursor.seek(unitEnd, "unit end");
	}

	private void readFirstEntry(SectionCursor cursor, UnitEncoding unit, byte[] abbreviations, long abbreviationOffset,
			Map<Long, Path> directories) throws DwarfException {
		long code = cursor.uleb("abbreviation code");
		if (code == 0) {
			return;
		}
		SectionCursor abbreviation = new SectionCursor(".debug_abbrev", abbreviations);
		abbreviation.seek(abbreviationOffset, "abbreviation table offset (from .debug_info)");
		findAbbreviation(abbreviation, code);
		Long stmtList = null;
		Path compilationDirectory = null;
		for (AttributeSpec spec = AttributeSpec.next(abbreviation); spec != null;
				spec = AttributeSpec.next(abbreviation)) {
			if (spec.name() == DW_AT_STMT_LIST && spec.form() != DW_FORM_IMPLICIT_CONST) {
				stmtList = Forms.unsigned(cursor, spec.form(), unit, "DW_AT_stmt_list");
			} else if (spec.name() == DW_AT_COMP_DIR && Forms.isReadableString(spec.form())) {
				compilationDirectory = SourcePaths.join(null,
						Forms.string(cursor, spec.form(), unit, strings, "DW_AT_comp_dir"), cursor);
			} else {
				Forms.skip(cursor, spec.form(), unit, "attribute 0x" + Long.toHexString(spec.name()));
			}
		}
		if (stmtList != null && compilationDirectory != null) {
			directories.put(stmtList, compilationDirectory);
		}
	}

	/** Moves {@code abbreviation} to the attribute list of the declaration numbered {@code code}. */
	private static void findAbbreviation(SectionCursor abbreviation, long code) throws DwarfException {
		for (long current = abbreviation.uleb("abbreviation code"); current != code;
				current = abbreviation.uleb("abbreviation code")) {
			if (current == 0) {
				throw abbreviation.error("abbreviation " + code + " used by .debug_info is not in its table");
			}
			abbreviation.uleb("tag");
			abbreviation.u8("children flag");
			while (AttributeSpec.next(abbreviation) != null) {
				// skipping this declaration
			}
		}
		abbreviation.uleb("tag");
		abbreviation.u8("children flag");
	}

	/** One attribute of an abbreviation declaration; implicit constants are read past: no wanted attribute uses them. */
	private record AttributeSpec(long name, int form) {

		/** The next specification, or {@code null} at the (0, 0) pair that ends the declaration. */
		static AttributeSpec next(SectionCursor abbreviation) throws DwarfException {
			long name = abbreviation.uleb("attribute name");
			int form = (int) abbreviation.uleb("attribute form");
			if (form == DW_FORM_IMPLICIT_CONST) {
				abbreviation.sleb("implicit constant");
			}
			return name == 0 && form == 0 ? null : new AttributeSpec(name, form);
		}
	}
}
