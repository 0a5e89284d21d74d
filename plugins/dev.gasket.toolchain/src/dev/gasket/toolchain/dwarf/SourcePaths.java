package dev.gasket.toolchain.dwarf;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/** Joins DWARF directory and file names into normalized paths. */
final class SourcePaths {

	private SourcePaths() {
	}

	/**
	 * {@code name} resolved against {@code base} unless it is absolute; with no base a relative name stays relative.
	 *
	 * @throws DwarfException if the name is not a valid path on this platform
	 */
	static Path join(Path base, String name, SectionCursor cursor) throws DwarfException {
		Path path;
		try {
			path = Path.of(name);
		} catch (InvalidPathException e) {
			throw cursor.error("'" + name + "' is not a valid path: " + e.getReason());
		}
		return (base == null || path.isAbsolute() ? path : base.resolve(path)).normalize();
	}

	/**
	 * Whether {@code query} names {@code file}: an absolute query must be equal after normalization; a relative
	 * one must match the last path components of {@code file} (so {@code boot.S} and {@code rm/boot.S} both name
	 * {@code /src/rm/boot.S}, but {@code oot.S} does not).
	 */
	static boolean names(Path query, Path file) {
		Path normalized = query.normalize();
		if (normalized.getNameCount() == 0 && !normalized.isAbsolute()) {
			return false;
		}
		return normalized.isAbsolute() ? normalized.equals(file) : file.endsWith(normalized);
	}
}
