package dev.gasket.debug.launch;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspaceRoot;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IPath;

/**
 * Turns the paths of a launch configuration into file-system paths: a workspace path ({@code /project/file.S}),
 * a path relative to the configuration's project, or an absolute file-system path, in that order.
 */
final class LaunchPaths {

	private final Optional<IProject> project;

	LaunchPaths(Optional<IProject> project) {
		this.project = project;
	}

	/** @throws IllegalArgumentException naming {@code what} and the path when nothing exists there */
	Path existing(String path, String what) {
		if (path.isBlank()) {
			throw new IllegalArgumentException(what + " path is empty");
		}
		return inWorkspace(path).or(() -> onDisk(path))
				.orElseThrow(() -> new IllegalArgumentException(what + " " + path + " does not exist (neither in the workspace"
						+ project.map(p -> ", in project " + p.getName()).orElse("") + " nor on the file system)"));
	}

	private Optional<Path> inWorkspace(String path) {
		IWorkspaceRoot root = ResourcesPlugin.getWorkspace().getRoot();
		IPath workspacePath = IPath.fromOSString(path);
		IResource resource = workspacePath.isAbsolute() ? root.findMember(workspacePath)
				: project.map(p -> p.findMember(workspacePath)).orElse(null);
		if (resource == null || !resource.exists() || resource.getLocation() == null) {
			return Optional.empty();
		}
		return Optional.of(resource.getLocation().toPath());
	}

	private static Optional<Path> onDisk(String path) {
		Path file = Path.of(path);
		return file.isAbsolute() && Files.exists(file) ? Optional.of(file) : Optional.empty();
	}
}
