package dev.gasket.toolchain.tests.dwarf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** Runs gcc and the binutils directly, independent of the code under test, and provides the DWARF test sources. */
final class ExternalTools {

	private static final Path SOURCES = Path.of("resources", "dwarf");

	private ExternalTools() {
	}

	/** Copies the sources of resources/dwarf (with subdirectories) into {@code directory}. */
	static void copySources(Path directory) throws IOException {
		try (Stream<Path> files = Files.walk(SOURCES)) {
			for (Path source : files.filter(Files::isRegularFile).toList()) {
				Path target = directory.resolve(SOURCES.relativize(source).toString());
				Files.createDirectories(target.getParent());
				Files.copy(source, target);
			}
		}
	}

	/** Runs {@code command} in {@code workingDirectory}, fails the test unless it succeeds, and returns its stdout. */
	static String run(Path workingDirectory, String... command) throws Exception {
		Path errors = Files.createTempFile(workingDirectory, "stderr", ".txt");
		Process process;
		try {
			process = new ProcessBuilder(command).directory(workingDirectory.toFile())
					.redirectError(errors.toFile()).start();
		} catch (IOException e) {
			return fail(command[0] + " cannot be run (" + e.getMessage() + "); install the Debian package "
					+ (command[0].equals("gcc") ? "gcc" : "binutils"));
		}
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertTrue(process.waitFor(60, TimeUnit.SECONDS), () -> List.of(command) + " timed out");
		String stderr = Files.readString(errors);
		assertEquals(0, process.exitValue(), () -> List.of(command) + " failed: " + stderr);
		return output;
	}
}
