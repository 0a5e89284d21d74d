package dev.gasket.lang.ui.assembler;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;

import dev.gasket.toolchain.ToolDiagnostic;
import dev.gasket.toolchain.ToolDiagnostic.Severity;

/**
 * Puts what the tools said about one assembled source on the right line: on the source, on a header of the workspace
 * it names, or, for a header outside the workspace, on the source's line that includes it. Messages start with the tool
 * that wrote them ({@code as:} or {@code cpp:}) so they are not taken for the language's own diagnostics.
 */
final class DiagnosticPlacement {
	private final IFile source;
	private final Path sourcePath;
	private final IncludeLines includes;

	/** @param includeDirectories the directories the build searched, the source's own first */
	DiagnosticPlacement(IFile source, List<Path> includeDirectories) {
		this.source = source;
		this.sourcePath = source.getLocation().toPath().toAbsolutePath().normalize();
		List<Path> searched = new ArrayList<>();
		searched.add(sourcePath.getParent());
		searched.addAll(includeDirectories);
		this.includes = new IncludeLines(searched);
	}

	void mark(ToolDiagnostic diagnostic) throws CoreException {
		int severity = diagnostic.severity() == Severity.ERROR ? IMarker.SEVERITY_ERROR : IMarker.SEVERITY_WARNING;
		String message = origin(diagnostic) + diagnostic.message();
		int line = diagnostic.line().orElse(0);
		Path file = diagnostic.file().map(name -> sourcePath.getParent().resolve(name).normalize()).orElse(sourcePath);
		if (file.equals(sourcePath)) {
			GnuAsMarkers.create(source, severity, line, message, source);
			return;
		}
		IFile header = workspaceFile(file);
		if (header != null) {
			GnuAsMarkers.create(header, severity, line, message + " (assembling " + source.getName() + ")", source);
			return;
		}
		OptionalInt including = includes.lineIncluding(sourcePath, file);
		GnuAsMarkers.create(source, severity, including.orElse(0), message + " (in " + file + (line > 0 ? ":" + line : "") + ")", source);
	}

	private String origin(ToolDiagnostic diagnostic) {
		return diagnostic.fromAssembler() || "s".equals(source.getFileExtension()) ? "as: " : "cpp: ";
	}

	/** The workspace's file at {@code location}, preferring one in the source's project. */
	private IFile workspaceFile(Path location) {
		IFile found = null;
		for (IFile candidate : ResourcesPlugin.getWorkspace().getRoot().findFilesForLocationURI(location.toUri())) {
			if (candidate.isAccessible() && (found == null || candidate.getProject().equals(source.getProject()))) {
				found = candidate;
			}
		}
		return found;
	}
}
