package dev.gasket.toolchain.tests.dwarf;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Finds lines of a test source by their text, so tests do not hard-code line numbers. */
record SourceText(Path file, List<String> lines) {

	static SourceText of(Path file) throws IOException {
		return new SourceText(file, Files.readAllLines(file));
	}

	/** The 1-based number of the only line containing {@code fragment}. */
	int lineOf(String fragment) {
		int found = 0;
		for (int i = 0; i < lines.size(); i++) {
			if (lines.get(i).contains(fragment)) {
				if (found != 0) {
					fail("'" + fragment + "' occurs more than once in " + file);
				}
				found = i + 1;
			}
		}
		return found != 0 ? found : fail("'" + fragment + "' not in " + file);
	}

	String line(int number) {
		return lines.get(number - 1);
	}
}
