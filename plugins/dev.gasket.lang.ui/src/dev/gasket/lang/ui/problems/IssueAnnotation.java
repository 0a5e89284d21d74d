package dev.gasket.lang.ui.problems;

import java.util.List;

import org.eclipse.jface.text.source.Annotation;
import org.eclipse.xtext.validation.Issue;

/** An editor annotation of one of the language's diagnostics, keeping the issue's code and data for its quick fixes. */
public class IssueAnnotation extends Annotation {
	private final String code;
	private final List<String> data;

	public IssueAnnotation(Issue issue) {
		super(type(issue), false, issue.getMessage() + " [" + GasmIssues.code(issue) + "]");
		this.code = GasmIssues.code(issue);
		this.data = issue.getData() == null ? List.of() : List.of(issue.getData());
	}

	/** The issue's stable code ({@code dev.gasket.lang.validation.GasmIssueCodes}). */
	public String code() {
		return code;
	}

	/** The issue's data, as a marker's {@link ProblemMarkers#DATA} holds it. */
	public String[] data() {
		return data.toArray(String[]::new);
	}

	private static String type(Issue issue) {
		return switch (issue.getSeverity()) {
			case ERROR -> ProblemAnnotationReconciler.ERROR_TYPE;
			case WARNING -> ProblemAnnotationReconciler.WARNING_TYPE;
			default -> ProblemAnnotationReconciler.INFO_TYPE;
		};
	}
}
