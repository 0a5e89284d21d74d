package dev.gasket.lang.ui.assembler;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the line of a source whose {@code #include} or {@code .include} brings in a given header, directly or through
 * other headers: where a message about a header outside the workspace is shown. The tools report the header's own
 * line only, so the chain is followed here the way cpp and as search: a quoted name in the including file's
 * directory first, then in the include directories.
 */
final class IncludeLines {
	private static final Pattern INCLUDE = Pattern.compile("\\s*(?:#\\s*include\\s*([<\"])([^>\"]+)[>\"]|\\.include\\s+\"([^\"]+)\").*");
	/** Deeper nesting than any real header set; it bounds the search through headers that include each other. */
	private static final int MAX_DEPTH = 32;

	private final List<Path> includeDirectories;

	IncludeLines(List<Path> includeDirectories) {
		this.includeDirectories = List.copyOf(includeDirectories);
	}

	/** The 1-based line of {@code source} whose include leads to {@code header}, if one does. */
	OptionalInt lineIncluding(Path source, Path header) {
		return lineIncluding(source, header.toAbsolutePath().normalize(), new HashSet<>(), 0);
	}

	private OptionalInt lineIncluding(Path file, Path header, Set<Path> visited, int depth) {
		if (depth > MAX_DEPTH || !visited.add(file)) {
			return OptionalInt.empty();
		}
		List<String> lines;
		try {
			lines = Files.readAllLines(file);
		} catch (IOException e) {
			return OptionalInt.empty();
		}
		for (int i = 0; i < lines.size(); i++) {
			Matcher include = INCLUDE.matcher(lines.get(i));
			if (include.matches()) {
				Path included = resolve(file, include.group(2) != null ? include.group(2) : include.group(3), !"<".equals(include.group(1)));
				if (included != null && (included.equals(header) || lineIncluding(included, header, visited, depth + 1).isPresent())) {
					return OptionalInt.of(i + 1);
				}
			}
		}
		return OptionalInt.empty();
	}

	private Path resolve(Path including, String name, boolean besideIncluding) {
		if (besideIncluding) {
			Path beside = including.toAbsolutePath().getParent().resolve(name).normalize();
			if (Files.isRegularFile(beside)) {
				return beside;
			}
		}
		for (Path directory : includeDirectories) {
			Path candidate = directory.resolve(name).toAbsolutePath().normalize();
			if (Files.isRegularFile(candidate)) {
				return candidate;
			}
		}
		return null;
	}
}
