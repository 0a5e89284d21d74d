package dev.gasket.toolchain.tests.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import dev.gasket.toolchain.build.BuildSettings;

/** The sources under resources/build and the settings that build the two-file test program. */
final class BuildFixture {

	static final Path RESOURCES = Path.of("resources", "build").toAbsolutePath();
	static final Path PROGRAM = RESOURCES.resolve("program");
	static final Path INCLUDE = RESOURCES.resolve("include");
	static final Path ERRORS = RESOURCES.resolve("errors");

	static final Path BOOT_SOURCE = PROGRAM.resolve("boot.S");
	static final Path HELPER_SOURCE = PROGRAM.resolve("helper.s");

	/** The value boot.S loads into %eax, given to it only as a -D define. */
	static final int GREETING = 0x4711;
	static final long TR_LOCK = 0x1234;

	private BuildFixture() {
	}

	/** boot.S (preprocessed, including layout.h from the include directory) and helper.s. */
	static BuildSettings program() {
		return BuildSettings.of(List.of(BOOT_SOURCE, HELPER_SOURCE))
				.withIncludeDirectories(List.of(INCLUDE))
				.withDefines(Map.of("GREETING", "0x" + Integer.toHexString(GREETING)))
				.withDefsyms(Map.of("pa_tr_lock", "0x" + Long.toHexString(TR_LOCK)));
	}

	/** The 1-based number of the first line of {@code file} that contains {@code text}. */
	static int lineOf(Path file, String text) throws IOException {
		List<String> lines = Files.readAllLines(file);
		for (int i = 0; i < lines.size(); i++) {
			if (lines.get(i).contains(text)) {
				return i + 1;
			}
		}
		throw new AssertionError(file + " has no line containing " + text);
	}
}
