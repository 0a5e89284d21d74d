package dev.gasket.toolchain.dwarf;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The directories and file names of one line-number program, files already joined with their directories.
 * DWARF 5 numbers files from 0; earlier versions from 1, and DW_LNE_define_file can add entries while the program
 * runs.
 */
final class FileTable {

	private final int firstFileIndex;
	private final List<Path> directories;
	private final List<Path> files = new ArrayList<>();

	/** {@code directories} are resolved; an entry may be {@code null} for an unknown compilation directory. */
	FileTable(int firstFileIndex, List<Path> directories) {
		this.firstFileIndex = firstFileIndex;
		this.directories = new ArrayList<>(directories);
	}

	/** Adds {@code name} in the directory numbered {@code directoryIndex}. */
	void add(String name, long directoryIndex, SectionCursor cursor, int referenceOffset) throws DwarfException {
		if (directoryIndex < 0 || directoryIndex >= directories.size()) {
			throw cursor.errorAt(referenceOffset, "directory index " + directoryIndex
					+ " is not in the directory table (" + directories.size() + " entries)");
		}
		files.add(SourcePaths.join(directories.get((int) directoryIndex), name, cursor));
	}

	/** Reads and adds an entry as laid out in DWARF 2-4 file_names and DW_LNE_define_file. */
	void addVersion2Entry(SectionCursor cursor) throws DwarfException {
		int entryOffset = cursor.position();
		String name = cursor.cstring("file name");
		long directoryIndex = cursor.uleb("directory index");
		cursor.uleb("modification time");
		cursor.uleb("file length");
		add(name, directoryIndex, cursor, entryOffset);
	}

	/**
	 * The file numbered {@code index}.
	 *
	 * @throws DwarfException if there is no such entry; {@code referenceOffset} is where the number was read
	 */
	Path file(long index, SectionCursor cursor, int referenceOffset) throws DwarfException {
		long position = index - firstFileIndex;
		if (position < 0 || position >= files.size()) {
			throw cursor.errorAt(referenceOffset, "file number " + index + " is not in the file table ("
					+ (files.isEmpty() ? "which is empty" : "numbers " + firstFileIndex + " to "
							+ (firstFileIndex + files.size() - 1)) + ")");
		}
		return files.get((int) position);
	}
}
