package dev.gasket.lang.validation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.Issue;
import org.eclipse.xtext.validation.ResourceValidatorImpl;

/**
 * One syntax error per line, and nothing else on that line: once a line cannot be read, ANTLR's follow-up errors
 * and the checks of the half-read statement only repeat the same problem.
 */
public class GasmResourceValidator extends ResourceValidatorImpl {
	@Override
	public List<Issue> validate(Resource resource, CheckMode mode, CancelIndicator cancelIndicator) {
		List<Issue> issues = super.validate(resource, mode, cancelIndicator);
		Set<Integer> linesWithSyntaxErrors = new HashSet<>();
		for (Issue issue : issues) {
			if (isSyntaxError(issue) && issue.getLineNumber() != null) {
				linesWithSyntaxErrors.add(issue.getLineNumber());
			}
		}
		if (linesWithSyntaxErrors.isEmpty()) {
			return issues;
		}
		Set<Integer> reported = new HashSet<>();
		List<Issue> kept = new ArrayList<>();
		for (Issue issue : issues) {
			Integer line = issue.getLineNumber();
			if (line == null || !linesWithSyntaxErrors.contains(line) || isSyntaxError(issue) && reported.add(line)) {
				kept.add(issue);
			}
		}
		return kept;
	}

	private static boolean isSyntaxError(Issue issue) {
		return GasmIssueCodes.isSyntax(issue.getCode());
	}
}
