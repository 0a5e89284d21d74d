package dev.gasket.debug.ui.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;

import dev.gasket.lang.ui.example.ExampleProjects;

/**
 * The trampoline example as the IDE imports it (project "trampoline", its shared launch configurations included),
 * from a copy so that tests never touch the repository's files.
 */
final class ExampleProject {
	static final Path SOURCE = Path.of("../../examples/trampoline").toAbsolutePath().normalize();
	static final String NAME = "trampoline";
	static final String SOURCE_FILE = "trampoline_64.S";

	private ExampleProject() {
	}

	static IProject importCopy(Path folder) throws IOException, CoreException {
		try (Stream<Path> files = Files.walk(SOURCE)) {
			for (Path file : files.toList()) {
				Path target = folder.resolve(SOURCE.relativize(file).toString());
				if (Files.isDirectory(file)) {
					Files.createDirectories(target);
				} else {
					Files.copy(file, target);
				}
			}
		}
		IProject project = ExampleProjects.importInPlace(folder, null);
		project.refreshLocal(IResource.DEPTH_INFINITE, null);
		return project;
	}

	static void deleteAll() throws CoreException {
		for (IProject project : ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
			project.delete(IResource.NEVER_DELETE_PROJECT_CONTENT | IResource.FORCE, null);
		}
	}

	/** The 1-based number of the first line of the example source containing {@code text}. */
	static int lineOf(String text) throws IOException {
		var lines = Files.readAllLines(SOURCE.resolve(SOURCE_FILE));
		for (int i = 0; i < lines.size(); i++) {
			if (lines.get(i).contains(text)) {
				return i + 1;
			}
		}
		throw new AssertionError("the example has no line with " + text);
	}
}
