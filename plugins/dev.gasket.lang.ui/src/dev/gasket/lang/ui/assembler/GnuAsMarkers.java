package dev.gasket.lang.ui.assembler;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;

/**
 * The markers of what GNU as and the C preprocessor said while assembling a project's sources. Each remembers the
 * source whose assembly reported it, since a message about a header lands on the header: re-assembling a source
 * replaces exactly its own markers, wherever they are.
 */
public final class GnuAsMarkers {
	public static final String TYPE = "dev.gasket.lang.ui.gnuAs";
	/** The full workspace path of the source whose assembly reported the marker; absent on the project's own marker. */
	public static final String BUILT_FROM = "builtFrom";

	private GnuAsMarkers() {
	}

	/** Removes the markers the last assembly of {@code source} left, on it and on the headers it includes. */
	static void removeFrom(IFile source) throws CoreException {
		String path = source.getFullPath().toString();
		for (IMarker marker : ResourcesPlugin.getWorkspace().getRoot().findMarkers(TYPE, false, IResource.DEPTH_INFINITE)) {
			if (path.equals(marker.getAttribute(BUILT_FROM, null))) {
				marker.delete();
			}
		}
	}

	/** Removes every marker the project's assembly left, including its own marker about the tools. */
	public static void removeAll(IProject project) throws CoreException {
		String prefix = project.getFullPath().toString() + "/";
		for (IMarker marker : ResourcesPlugin.getWorkspace().getRoot().findMarkers(TYPE, false, IResource.DEPTH_INFINITE)) {
			String builtFrom = marker.getAttribute(BUILT_FROM, null);
			if (builtFrom == null ? marker.getResource().equals(project) : builtFrom.startsWith(prefix)) {
				marker.delete();
			}
		}
	}

	/** @param line the 1-based line, or 0 when the message has none */
	static void create(IResource resource, int severity, int line, String message, IFile builtFrom) throws CoreException {
		Map<String, Object> attributes = new HashMap<>(Map.of(IMarker.MESSAGE, message, IMarker.SEVERITY, severity,
				BUILT_FROM, builtFrom.getFullPath().toString()));
		if (line > 0) {
			attributes.put(IMarker.LINE_NUMBER, line);
		}
		resource.createMarker(TYPE, attributes);
	}

	/** The project's one marker saying why its sources could not be assembled (a missing tool, with its Debian package). */
	static void reportOnProject(IProject project, String message) throws CoreException {
		clearProjectMarker(project);
		project.createMarker(TYPE, Map.of(IMarker.MESSAGE, message, IMarker.SEVERITY, IMarker.SEVERITY_WARNING));
	}

	static void clearProjectMarker(IProject project) throws CoreException {
		project.deleteMarkers(TYPE, false, IResource.DEPTH_ZERO);
	}
}
