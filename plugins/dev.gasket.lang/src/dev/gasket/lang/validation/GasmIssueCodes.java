package dev.gasket.lang.validation;

/**
 * Stable codes of the language's diagnostics: quick fixes, tests, {@code gasket lint} output and the severity
 * settings refer to these, never to messages.
 */
public interface GasmIssueCodes {
	/** A parse error: a grammar gap or a real typo. */
	String SYNTAX = "syntax";
	String UNKNOWN_MNEMONIC = "unknown-mnemonic";
	String OPERAND_COUNT = "operand-count";
	String OPERAND_KINDS = "operand-kinds";
	String SUFFIX_VS_REGISTER = "suffix-vs-register";
	String OPERAND_SIZE_VS_SYMBOL = "operand-size-vs-symbol";
	String INVALID_IN_MODE = "invalid-in-mode";
	String REGISTER_NOT_IN_MODE = "register-not-in-mode";
	String DUPLICATE_SYMBOL = "duplicate-symbol";
	String UNDEFINED_MACRO = "undefined-macro";
	String UNBALANCED_BLOCK = "unbalanced-block";
	String UNKNOWN_DIRECTIVE = "unknown-directive";
	String UNRESOLVED_SYMBOL = "unresolved-symbol";
	String UNRESOLVED_LOCAL_LABEL = "unresolved-local-label";
	String UNRESOLVED_MACRO_PARAMETER = "unresolved-macro-parameter";
	String UNRESOLVED_INCLUDE = "unresolved-include";
	String SETTINGS = "settings";

	/** Whether {@code code} marks a line the parser could not read: ours, Xtext's, or the parser's leftover mark. */
	static boolean isSyntax(String code) {
		return SYNTAX.equals(code) || org.eclipse.xtext.diagnostics.Diagnostic.SYNTAX_DIAGNOSTIC.equals(code)
				|| dev.gasket.lang.parser.GasmSyntaxErrorMessageProvider.LEFTOVER.equals(code);
	}
}
