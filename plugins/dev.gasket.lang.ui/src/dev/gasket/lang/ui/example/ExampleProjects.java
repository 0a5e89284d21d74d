package dev.gasket.lang.ui.example;

import java.nio.file.Path;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;

import dev.gasket.lang.ui.problems.GasmNature;

/**
 * Brings a project folder into the workspace where it lies (no copy), so edits land in the folder itself, with the
 * Gasket nature so its problems show in the Problems view.
 */
public final class ExampleProjects {

	private ExampleProjects() {
	}

	public static IProject importInPlace(Path folder, IProgressMonitor monitor) throws CoreException {
		IWorkspace workspace = ResourcesPlugin.getWorkspace();
		IProjectDescription description = workspace.loadProjectDescription(
				IPath.fromPath(folder.toAbsolutePath().resolve(IProjectDescription.DESCRIPTION_FILE_NAME)));
		IProject project = workspace.getRoot().getProject(description.getName());
		if (!project.exists()) {
			description.setLocation(IPath.fromPath(folder.toAbsolutePath()));
			project.create(description, monitor);
		}
		if (!project.isOpen()) {
			project.open(monitor);
		}
		GasmNature.addTo(project, monitor);
		return project;
	}
}
