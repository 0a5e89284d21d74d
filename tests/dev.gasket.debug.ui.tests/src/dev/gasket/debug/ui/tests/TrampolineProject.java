package dev.gasket.debug.ui.tests;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.model.IBreakpoint;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;

import dev.gasket.debug.ui.breakpoints.GasketBreakpoints;
import dev.gasket.lang.ui.example.ExampleProjects;

/**
 * A copy of examples/trampoline (sources and shared launch configurations) imported as the workspace project
 * "trampoline", so edits never touch the example itself.
 */
final class TrampolineProject {
	static final String SOURCE = "trampoline_64.S";
	static final Path EXAMPLE = Path.of("../../examples/trampoline");

	final IProject project;
	private final List<String> lines;

	private TrampolineProject(IProject project, List<String> lines) {
		this.project = project;
		this.lines = lines;
	}

	static TrampolineProject importCopy(Path temporary) throws IOException, CoreException {
		Path folder = Files.createDirectories(temporary.resolve("trampoline"));
		try (Stream<Path> files = Files.walk(EXAMPLE)) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				Path copy = folder.resolve(EXAMPLE.relativize(file).toString());
				Files.createDirectories(copy.getParent());
				Files.copy(file, copy);
			}
		}
		return new TrampolineProject(ExampleProjects.importInPlace(folder, null), Files.readAllLines(folder.resolve(SOURCE)));
	}

	IFile source() {
		return project.getFile(SOURCE);
	}

	/** The 1-based number of the first line of trampoline_64.S that reads exactly {@code text}. */
	int lineOf(String text) {
		int index = lines.indexOf(text);
		assertTrue(index >= 0, () -> "no line '" + text + "' in " + SOURCE);
		return index + 1;
	}

	/** The 1-based number of the first line after line {@code after} that reads exactly {@code text}. */
	int lineAfter(String text, int after) {
		int index = lines.subList(after, lines.size()).indexOf(text);
		assertTrue(index >= 0, () -> "no line '" + text + "' after line " + after + " in " + SOURCE);
		return after + index + 1;
	}

	ITextEditor open(IFile file) throws CoreException {
		ITextEditor editor = assertInstanceOf(ITextEditor.class, IDE.openEditor(Ui.page(), file));
		Ui.flushEvents();
		return editor;
	}

	IFile create(String name, String text) throws CoreException {
		IFile file = project.getFile(name);
		file.create(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), true, null);
		return file;
	}

	/** Closes the editors unsaved, removes every Gasket breakpoint and deletes the project with its copy. */
	void dispose() throws CoreException {
		Ui.page().closeAllEditors(false);
		for (IBreakpoint breakpoint : GasketBreakpoints.all().toList()) {
			breakpoint.delete();
		}
		project.delete(true, true, null);
	}
}
