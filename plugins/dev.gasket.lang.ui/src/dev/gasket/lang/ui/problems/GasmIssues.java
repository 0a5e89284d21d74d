package dev.gasket.lang.ui.problems;

import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

import dev.gasket.lang.ui.model.GasmDocumentModel;
import dev.gasket.lang.validation.GasmIssueCodes;

/** The language's diagnostics of a parsed resource, the same validation {@code gasket lint} runs. */
public final class GasmIssues {

	private GasmIssues() {
	}

	public static List<Issue> of(Resource resource, CancelIndicator cancel) {
		return GasmDocumentModel.language().getInstance(IResourceValidator.class).validate(resource, CheckMode.ALL, cancel);
	}

	/** The stable code of {@code issue}: every kind of parse error is {@link GasmIssueCodes#SYNTAX}, as in {@code gasket lint}. */
	public static String code(Issue issue) {
		String code = issue.getCode();
		return code == null || GasmIssueCodes.isSyntax(code) ? GasmIssueCodes.SYNTAX : code;
	}
}
