package dev.gasket.debug.tests.model;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A static {@code @RegisterExtension} for the model tests: copies a program into a workspace project for the test
 * class (deleted after it) and gives each test a fresh {@link DebugFixture}, closed after the test.
 */
final class DebuggedProgram implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback {

	private final Path original;
	private final String projectName;
	private final String source;
	private Path directory;
	private WorkspaceProgram program;
	private DebugFixture fixture;

	/** {@code original} is the program's directory, {@code source} the file the fixture sets breakpoints in. */
	DebuggedProgram(Path original, String projectName, String source) {
		this.original = original;
		this.projectName = projectName;
		this.source = source;
	}

	WorkspaceProgram program() {
		return program;
	}

	DebugFixture fixture() {
		return fixture;
	}

	@Override
	public void beforeAll(ExtensionContext context) throws Exception {
		directory = Files.createTempDirectory(projectName);
		program = WorkspaceProgram.copy(original, directory, projectName);
	}

	@Override
	public void beforeEach(ExtensionContext context) {
		fixture = new DebugFixture(program, source);
	}

	@Override
	public void afterEach(ExtensionContext context) throws Exception {
		fixture.close();
	}

	@Override
	public void afterAll(ExtensionContext context) throws Exception {
		program.delete();
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
