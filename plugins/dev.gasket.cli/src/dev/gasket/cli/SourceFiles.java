package dev.gasket.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Finds GAS sources in folders the way {@code lint} and {@code nav} both need: recursively, by extension, skipping
 * {@code .git}, {@code .settings} and other dot-folders.
 */
final class SourceFiles {
	private SourceFiles() {
	}

	static List<Path> under(Path folder, List<String> extensions) throws IOException {
		try (Stream<Path> walk = Files.walk(folder)) {
			return walk.filter(Files::isRegularFile).filter(file -> hasExtension(file, extensions))
					.filter(file -> !isHidden(folder.relativize(file))).sorted().toList();
		}
	}

	static boolean hasExtension(Path file, List<String> extensions) {
		String name = file.getFileName().toString();
		int dot = name.lastIndexOf('.');
		return dot >= 0 && extensions.contains(name.substring(dot + 1));
	}

	private static boolean isHidden(Path relative) {
		for (Path segment : relative) {
			if (segment.toString().startsWith(".")) {
				return true;
			}
		}
		return false;
	}
}
