package dev.gasket.lang.ui.problems;

import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.xtext.validation.Issue;

/** The markers of the language's diagnostics on a file: one per issue, replaced as a whole on each build. */
public final class ProblemMarkers {
	public static final String TYPE = "dev.gasket.lang.ui.problem";
	/** The issue's stable code ({@code dev.gasket.lang.validation.GasmIssueCodes}). */
	public static final String CODE = "code";
	/** The issue's data, joined by newlines: what a quick fix needs beyond the code. */
	public static final String DATA = "data";

	private ProblemMarkers() {
	}

	public static void replace(IFile file, List<Issue> issues) throws CoreException {
		file.deleteMarkers(TYPE, true, IResource.DEPTH_ZERO);
		for (Issue issue : issues) {
			int start = issue.getOffset() == null ? 0 : issue.getOffset();
			int length = issue.getLength() == null ? 0 : issue.getLength();
			file.createMarker(TYPE, Map.of(IMarker.MESSAGE, issue.getMessage(), IMarker.SEVERITY, severity(issue),
					IMarker.LINE_NUMBER, issue.getLineNumber() == null ? 1 : issue.getLineNumber(), IMarker.CHAR_START, start,
					IMarker.CHAR_END, start + length, CODE, GasmIssues.code(issue),
					DATA, issue.getData() == null ? "" : String.join("\n", issue.getData())));
		}
	}

	private static int severity(Issue issue) {
		return switch (issue.getSeverity()) {
			case ERROR -> IMarker.SEVERITY_ERROR;
			case WARNING -> IMarker.SEVERITY_WARNING;
			default -> IMarker.SEVERITY_INFO;
		};
	}
}
