package dev.gasket.debug.tests.model;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.NullProgressMonitor;

/** A workspace project over a copy of an example's files in a temporary directory, and lines found by their text. */
final class WorkspaceProgram {

	private final IProject project;
	private final Path directory;

	private WorkspaceProgram(IProject project, Path directory) {
		this.project = project;
		this.directory = directory;
	}

	/** Copies the regular files of {@code source} (relative to the test module) into {@code directory}. */
	static WorkspaceProgram copy(Path source, Path directory, String projectName) throws IOException, CoreException {
		Path from = source.toAbsolutePath().normalize();
		if (!Files.isDirectory(from)) {
			throw new IllegalStateException(from + " not found; tests must run in the dev.gasket.debug.tests module directory");
		}
		try (var files = Files.list(from)) {
			for (Path file : files.filter(Files::isRegularFile).filter(file -> !file.getFileName().toString().startsWith(".")).toList()) {
				Files.copy(file, directory.resolve(file.getFileName()));
			}
		}
		IWorkspace workspace = ResourcesPlugin.getWorkspace();
		IProject project = workspace.getRoot().getProject(projectName);
		if (project.exists()) {
			project.delete(false, true, new NullProgressMonitor());
		}
		IProjectDescription description = workspace.newProjectDescription(projectName);
		description.setLocation(IPath.fromPath(directory));
		project.create(description, new NullProgressMonitor());
		project.open(new NullProgressMonitor());
		return new WorkspaceProgram(project, directory);
	}

	IProject project() {
		return project;
	}

	IFile file(String name) {
		return project.getFile(name);
	}

	Path path(String name) {
		return directory.resolve(name);
	}

	/** The 1-based number of the only line of {@code name} that contains {@code text}. */
	int line(String name, String text) throws IOException {
		List<String> lines = Files.readAllLines(path(name));
		int found = -1;
		for (int i = 0; i < lines.size(); i++) {
			if (lines.get(i).contains(text)) {
				if (found >= 0) {
					throw new IllegalArgumentException("'" + text + "' is on more than one line of " + name);
				}
				found = i + 1;
			}
		}
		if (found < 0) {
			throw new IllegalArgumentException("no line of " + name + " contains '" + text + "'");
		}
		return found;
	}

	/** The 1-based number of the first line of {@code name} after line {@code after} that contains {@code text}. */
	int lineAfter(String name, String text, int after) throws IOException {
		List<String> lines = Files.readAllLines(path(name));
		for (int i = after; i < lines.size(); i++) {
			if (lines.get(i).contains(text)) {
				return i + 1;
			}
		}
		throw new IllegalArgumentException("no line of " + name + " after " + after + " contains '" + text + "'");
	}

	void delete() throws CoreException {
		project.delete(false, true, new NullProgressMonitor());
	}
}
