package dev.gasket.debug.ui.launch;

import java.nio.file.Path;

import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IPath;

/**
 * The paths a launch configuration stores: workspace paths ({@code /project/file.S}), so shared configurations move
 * with their project, or absolute file-system paths for files outside the workspace.
 */
public final class StoredPaths {

	private StoredPaths() {
	}

	/** How a configuration names a workspace resource. */
	public static String of(IResource resource) {
		return resource.getFullPath().toString();
	}

	/** How a configuration names a file outside the workspace, or one inside it when it has a workspace path. */
	public static String of(Path file) {
		IResource[] inWorkspace = ResourcesPlugin.getWorkspace().getRoot().findFilesForLocationURI(file.toUri());
		return inWorkspace.length > 0 ? of(inWorkspace[0]) : file.toAbsolutePath().normalize().toString();
	}

	/** Where a stored path lies on disk: a workspace path when the workspace has that resource, else a file-system path. */
	public static Path toFile(String stored) {
		IResource resource = workspaceResource(stored);
		if (resource != null && resource.getLocation() != null) {
			return resource.getLocation().toPath();
		}
		return Path.of(stored);
	}

	/** The workspace resource a stored path names, or null for a file-system path. */
	public static IResource workspaceResource(String stored) {
		if (stored.isBlank()) {
			return null;
		}
		return ResourcesPlugin.getWorkspace().getRoot().findMember(IPath.fromOSString(stored));
	}
}
