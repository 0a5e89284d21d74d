package dev.gasket.debug.ui.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A {@code @RegisterExtension} that imports a fresh {@link TrampolineProject} from its own temporary directory
 * before each test and disposes of it (and the directory) after the test.
 */
final class ImportedTrampoline implements BeforeEachCallback, AfterEachCallback {

	private Path directory;
	private TrampolineProject trampoline;

	TrampolineProject project() {
		return trampoline;
	}

	@Override
	public void beforeEach(ExtensionContext context) throws Exception {
		directory = Files.createTempDirectory("trampoline");
		trampoline = TrampolineProject.importCopy(directory);
	}

	@Override
	public void afterEach(ExtensionContext context) throws Exception {
		trampoline.dispose();
		deleteRecursively(directory);
	}

	private static void deleteRecursively(Path root) throws IOException {
		try (Stream<Path> paths = Files.walk(root)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
	}
}
