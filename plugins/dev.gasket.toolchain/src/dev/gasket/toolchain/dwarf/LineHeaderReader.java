package dev.gasket.toolchain.dwarf;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Decodes the header of one {@code .debug_line} unit (DWARF 2 to 5, 32- and 64-bit format). */
final class LineHeaderReader {

	private static final long DWARF64_ESCAPE = 0xffff_ffffL;
	private static final long FIRST_RESERVED_LENGTH = 0xffff_fff0L;
	private static final int DW_LNCT_PATH = 1;
	private static final int DW_LNCT_DIRECTORY_INDEX = 2;

	private final SectionCursor cursor;
	private final StringSections strings;
	private final CompilationDirectories compilationDirectories;

	LineHeaderReader(SectionCursor cursor, StringSections strings, CompilationDirectories compilationDirectories) {
		this.cursor = cursor;
		this.strings = strings;
		this.compilationDirectories = compilationDirectories;
	}

	/** Reads the header of the unit at the cursor, leaving the cursor at its first opcode and limited to the unit. */
	LineProgramHeader read() throws DwarfException {
		int unitOffset = cursor.position();
		long length = cursor.u32("unit_length");
		boolean dwarf64 = length == DWARF64_ESCAPE;
		if (dwarf64) {
			length = cursor.u64("64-bit unit_length");
		} else if (length >= FIRST_RESERVED_LENGTH) {
			throw cursor.errorAt(unitOffset, "unit_length 0x" + Long.toHexString(length) + " is a reserved value");
		}
		long unitEnd = cursor.position() + length;
		if (length < 0 || unitEnd > cursor.limit()) {
			throw cursor.errorAt(unitOffset, "the unit claims " + Long.toUnsignedString(length)
					+ " bytes, beyond the end of the section at 0x" + Integer.toHexString(cursor.limit())
					+ " (truncated section?)");
		}
		cursor.limitTo(unitEnd, "unit");
		int versionOffset = cursor.position();
		int version = cursor.u16("version");
		if (version < 2 || version > 5) {
			throw cursor.errorAt(versionOffset, "unsupported line table version " + version + " (2 to 5 are known)");
		}
		int addressSize = 8;
		if (version >= 5) {
			addressSize = cursor.u8("address_size");
			int segmentSelectorOffset = cursor.position();
			int segmentSelectorSize = cursor.u8("segment_selector_size");
			if (segmentSelectorSize != 0) {
				throw cursor.errorAt(segmentSelectorOffset,
						"segment selectors (size " + segmentSelectorSize + ") are not supported");
			}
		}
		int headerLengthOffset = cursor.position();
		long headerLength = cursor.offset(dwarf64, "header_length");
		long programStart = cursor.position() + headerLength;
		if (headerLength < 0 || programStart > unitEnd) {
			throw cursor.errorAt(headerLengthOffset, "header_length 0x" + Long.toHexString(headerLength)
					+ " reaches beyond the unit end 0x" + Long.toHexString(unitEnd));
		}
		UnitEncoding encoding = new UnitEncoding(version, dwarf64, addressSize);
		int minimumInstructionLength = cursor.u8("minimum_instruction_length");
		int maximumOperationsOffset = cursor.position();
		int maximumOperations = version >= 4 ? cursor.u8("maximum_operations_per_instruction") : 1;
		if (maximumOperations == 0) {
			throw cursor.errorAt(maximumOperationsOffset, "maximum_operations_per_instruction is 0");
		}
		boolean defaultIsStmt = cursor.u8("default_is_stmt") != 0;
		int lineBase = cursor.s8("line_base");
		int lineRangeOffset = cursor.position();
		int lineRange = cursor.u8("line_range");
		if (lineRange == 0) {
			throw cursor.errorAt(lineRangeOffset, "line_range is 0, so special opcodes cannot be decoded");
		}
		int opcodeBaseOffset = cursor.position();
		int opcodeBase = cursor.u8("opcode_base");
		if (opcodeBase == 0) {
			throw cursor.errorAt(opcodeBaseOffset, "opcode_base is 0");
		}
		int[] standardOpcodeLengths = new int[opcodeBase - 1];
		for (int i = 0; i < standardOpcodeLengths.length; i++) {
			standardOpcodeLengths[i] = cursor.u8("standard_opcode_lengths");
		}
		FileTable files = version >= 5 ? version5Files(unitOffset, encoding) : version2Files(unitOffset);
		cursor.seek(programStart, "the program start given by header_length");
		return new LineProgramHeader(unitOffset, encoding, minimumInstructionLength, maximumOperations, defaultIsStmt,
				lineBase, lineRange, opcodeBase, standardOpcodeLengths, files, (int) programStart, (int) unitEnd);
	}

	/** include_directories and file_names of DWARF 2 to 4; directory 0 is the compilation directory. */
	private FileTable version2Files(int unitOffset) throws DwarfException {
		Path compilationDirectory = compilationDirectories.of(unitOffset).orElse(null);
		List<Path> directories = new ArrayList<>();
		directories.add(compilationDirectory);
		for (String name = cursor.cstring("include_directories entry"); !name.isEmpty();
				name = cursor.cstring("include_directories entry")) {
			directories.add(SourcePaths.join(compilationDirectory, name, cursor));
		}
		FileTable files = new FileTable(1, directories);
		while (!cursor.skipNul("file_names")) {
			files.addVersion2Entry(cursor);
		}
		return files;
	}

	/** The self-describing directory and file tables of DWARF 5; directory 0 is the compilation directory. */
	private FileTable version5Files(int unitOffset, UnitEncoding encoding) throws DwarfException {
		List<Path> directories = new ArrayList<>();
		List<EntryField> directoryFormat = entryFormat("directory_entry_format");
		long directoryCount = cursor.uleb("directories_count");
		for (long i = 0; i < directoryCount; i++) {
			String name = entry(directoryFormat, encoding, "directory " + i).path();
			Path base = i == 0 ? compilationDirectoryUnlessAbsolute(name, unitOffset) : directories.get(0);
			directories.add(SourcePaths.join(base, name, cursor));
		}
		List<EntryField> fileFormat = entryFormat("file_name_entry_format");
		long fileCount = cursor.uleb("file_names_count");
		FileTable files = new FileTable(0, directories);
		for (long i = 0; i < fileCount; i++) {
			int entryOffset = cursor.position();
			Entry entry = entry(fileFormat, encoding, "file " + i);
			files.add(entry.path(), entry.directoryIndex(), cursor, entryOffset);
		}
		return files;
	}

	/** Only a relative directory 0 needs the compilation directory from {@code .debug_info}. */
	private Path compilationDirectoryUnlessAbsolute(String directory0, int unitOffset) throws DwarfException {
		return SourcePaths.join(null, directory0, cursor).isAbsolute() ? null
				: compilationDirectories.of(unitOffset).orElse(null);
	}

	private record EntryField(int contentType, int form) {
	}

	private record Entry(String path, long directoryIndex) {
	}

	private List<EntryField> entryFormat(String what) throws DwarfException {
		int count = cursor.u8(what + "_count");
		List<EntryField> fields = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			fields.add(new EntryField((int) cursor.uleb(what + " content type"), (int) cursor.uleb(what + " form")));
		}
		return fields;
	}

	private Entry entry(List<EntryField> format, UnitEncoding encoding, String what) throws DwarfException {
		int start = cursor.position();
		String path = null;
		long directoryIndex = 0;
		for (EntryField field : format) {
			switch (field.contentType()) {
				case DW_LNCT_PATH -> path = Forms.string(cursor, field.form(), encoding, strings, what + " path");
				case DW_LNCT_DIRECTORY_INDEX ->
					directoryIndex = Forms.unsigned(cursor, field.form(), encoding, what + " directory index");
				default -> Forms.skip(cursor, field.form(), encoding, what + " field " + field.contentType());
			}
		}
		if (path == null) {
			throw cursor.errorAt(start, what + " has no DW_LNCT_path");
		}
		return new Entry(path, directoryIndex);
	}
}
