package dev.gasket.toolchain.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** The temporary directories builds write objects and executables into. */
public final class WorkDirectories {

	private WorkDirectories() {
	}

	/** Deletes {@code directory} and everything in it; a file that cannot be deleted is left, which harms nothing. */
	public static void delete(Path directory) {
		if (directory == null) {
			return;
		}
		try (Stream<Path> files = Files.walk(directory)) {
			for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(file);
			}
		} catch (IOException e) {
			// a leftover temporary file takes some disk space and nothing else
		}
	}
}
