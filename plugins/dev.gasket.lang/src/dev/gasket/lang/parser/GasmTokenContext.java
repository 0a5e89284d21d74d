package dev.gasket.lang.parser;

import static dev.gasket.lang.parser.antlr.lexer.InternalGasmLexer.RULE_CPP_DEFINE;
import static dev.gasket.lang.parser.antlr.lexer.InternalGasmLexer.RULE_CPP_DIRECTIVE;
import static dev.gasket.lang.parser.antlr.lexer.InternalGasmLexer.RULE_CPP_TEXT;
import static dev.gasket.lang.parser.antlr.lexer.InternalGasmLexer.RULE_DOT_ID;
import static dev.gasket.lang.parser.antlr.lexer.InternalGasmLexer.RULE_EOL;
import static dev.gasket.lang.parser.antlr.lexer.InternalGasmLexer.RULE_ID;
import static dev.gasket.lang.parser.antlr.lexer.InternalGasmLexer.RULE_LINE_CONTINUATION;
import static dev.gasket.lang.parser.antlr.lexer.InternalGasmLexer.RULE_MACRO_CALL_NAME;
import static dev.gasket.lang.parser.antlr.lexer.InternalGasmLexer.RULE_ML_COMMENT;
import static dev.gasket.lang.parser.antlr.lexer.InternalGasmLexer.RULE_NUMBER;
import static dev.gasket.lang.parser.antlr.lexer.InternalGasmLexer.RULE_OPAQUE_LINE;
import static dev.gasket.lang.parser.antlr.lexer.InternalGasmLexer.RULE_SKIPPED;
import static dev.gasket.lang.parser.antlr.lexer.InternalGasmLexer.RULE_SL_COMMENT;
import static dev.gasket.lang.parser.antlr.lexer.InternalGasmLexer.RULE_WS;

import java.util.Set;

import org.antlr.runtime.CharStream;
import org.antlr.runtime.CommonToken;
import org.antlr.runtime.Token;

/**
 * The context GAS needs and terminal rules cannot express, for any lexer generated from the grammar (the runtime one
 * and the content-assist one number their tokens alike): a {@code #keyword} line is a cpp directive only at the
 * start of a line, lines between {@code .intel_syntax} and {@code .att_syntax} are opaque, and {@code NAME(} at the
 * start of a statement is a cpp macro call while {@code incl (x)} is an instruction. One instance per lexer.
 */
public final class GasmTokenContext {
	private static final Set<String> CPP_KEYWORDS = Set.of("define", "undef", "include", "include_next", "import", "if",
			"ifdef", "ifndef", "elif", "elifdef", "elifndef", "else", "endif", "error", "warning", "pragma", "line",
			"ident", "sccs", "assert", "unassert");

	private enum CppState {
		NONE, DEFINE_NAME, TEXT
	}

	private CppState cpp = CppState.NONE;
	private boolean statementStart = true;
	private boolean possibleLabel;
	private boolean intelSyntax;
	private boolean intelSyntaxFromNextLine;
	private Set<Integer> skippedFrom = Set.of();
	private CharStream input;

	/** The token the context decides, or null when the generated rules apply. */
	public Token contextualToken(CharStream input) {
		this.input = input;
		int next = input.LA(1);
		if (next == CharStream.EOF) {
			return null;
		}
		if (skippedFrom.contains(input.index())) {
			cpp = CppState.NONE;
			return lineRemainder(RULE_SKIPPED);
		}
		if (cpp != CppState.NONE) {
			return cppContinuation(next);
		}
		if (!atLineStart()) {
			return null;
		}
		if (next == '#') {
			return cppDirective();
		}
		if (intelSyntax && !isBlank(next) && !isLineEnd(next) && !startsWithWord(".att_syntax") && !startsComment(next)) {
			return lineRemainder(RULE_OPAQUE_LINE);
		}
		return null;
	}

	private Token cppContinuation(int next) {
		if (isLineEnd(next)) {
			cpp = CppState.NONE;
			return null;
		}
		if (isBlank(next)) {
			return null;
		}
		if (cpp == CppState.DEFINE_NAME && isIdentifierStart(next)) {
			cpp = CppState.TEXT;
			int start = input.index();
			int line = input.getLine();
			int column = input.getCharPositionInLine();
			while (isIdentifierPart(input.LA(1))) {
				input.consume();
			}
			return token(RULE_ID, start, line, column);
		}
		cpp = CppState.NONE;
		return lineRemainder(RULE_CPP_TEXT);
	}

	private Token cppDirective() {
		int offset = 2;
		while (isBlank(input.LA(offset))) {
			offset++;
		}
		StringBuilder keyword = new StringBuilder();
		while (isIdentifierPart(input.LA(offset + keyword.length()))) {
			keyword.append((char) input.LA(offset + keyword.length()));
		}
		if (!CPP_KEYWORDS.contains(keyword.toString())) {
			return null;
		}
		int start = input.index();
		int line = input.getLine();
		int column = input.getCharPositionInLine();
		for (int i = 1; i < offset + keyword.length(); i++) {
			input.consume();
		}
		boolean define = keyword.toString().equals("define");
		cpp = define ? CppState.DEFINE_NAME : CppState.TEXT;
		return token(define ? RULE_CPP_DEFINE : RULE_CPP_DIRECTIVE, start, line, column);
	}

	/** The rest of the logical line: up to the line end, across backslash-newline continuations. */
	private Token lineRemainder(int type) {
		int start = input.index();
		int line = input.getLine();
		int column = input.getCharPositionInLine();
		while (true) {
			int c = input.LA(1);
			if (c == CharStream.EOF || isLineEnd(c)) {
				break;
			}
			if (c == '\\' && (input.LA(2) == '\n' || input.LA(2) == '\r' && input.LA(3) == '\n')) {
				input.consume();
				if (input.LA(1) == '\r') {
					input.consume();
				}
			}
			input.consume();
		}
		return token(type, start, line, column);
	}

	private Token token(int type, int start, int line, int column) {
		CommonToken token = new CommonToken(input, type, Token.DEFAULT_CHANNEL, start, input.index() - 1);
		token.setLine(line);
		token.setCharPositionInLine(column);
		return token;
	}

	/** Follows every token the lexer emits: the context of the next one depends on it. */
	public void track(Token token, CharStream input) {
		this.input = input;
		int type = token.getType();
		if (type == RULE_WS || type == RULE_ML_COMMENT || type == RULE_SL_COMMENT || type == RULE_LINE_CONTINUATION || type == RULE_SKIPPED) {
			return;
		}
		if (type == RULE_EOL || ";".equals(token.getText())) {
			statementStart = true;
			possibleLabel = false;
			if (type == RULE_EOL && intelSyntaxFromNextLine) {
				intelSyntax = true;
				intelSyntaxFromNextLine = false;
			}
			return;
		}
		if (possibleLabel && ":".equals(token.getText())) {
			statementStart = true;
			possibleLabel = false;
			return;
		}
		boolean wasStatementStart = statementStart;
		statementStart = false;
		possibleLabel = wasStatementStart && (type == RULE_ID || type == RULE_DOT_ID || type == RULE_NUMBER);
		if (!wasStatementStart) {
			return;
		}
		if (type == RULE_ID && input.LA(1) == '(') {
			((CommonToken) token).setType(RULE_MACRO_CALL_NAME);
		} else if (type == RULE_DOT_ID) {
			String directive = token.getText().toLowerCase();
			if (directive.equals(".intel_syntax")) {
				intelSyntaxFromNextLine = true;
			} else if (directive.equals(".att_syntax")) {
				intelSyntax = false;
				intelSyntaxFromNextLine = false;
			}
		}
	}

	private boolean atLineStart() {
		for (int back = -1;; back--) {
			int c = input.LA(back);
			if (c == CharStream.EOF || c == '\n' || c == '\r') {
				return true;
			}
			if (!isBlank(c)) {
				return false;
			}
		}
	}

	private boolean startsWithWord(String word) {
		int offset = 1;
		while (isBlank(input.LA(offset))) {
			offset++;
		}
		for (int i = 0; i < word.length(); i++) {
			if (Character.toLowerCase(input.LA(offset + i)) != word.charAt(i)) {
				return false;
			}
		}
		return !isIdentifierPart(input.LA(offset + word.length()));
	}

	private boolean startsComment(int next) {
		return next == '#' || next == '/' && input.LA(2) == '*';
	}

	private static boolean isBlank(int c) {
		return c == ' ' || c == '\t' || c == '\f';
	}

	private static boolean isLineEnd(int c) {
		return c == '\n' || c == '\r';
	}

	private static boolean isIdentifierStart(int c) {
		return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_';
	}

	private static boolean isIdentifierPart(int c) {
		return isIdentifierStart(c) || c >= '0' && c <= '9';
	}
	/** Back to the state at the start of a text. */
	public void reset() {
		cpp = CppState.NONE;
		statementStart = true;
		possibleLabel = false;
		intelSyntax = false;
		intelSyntaxFromNextLine = false;
	}

	/** Offsets from which the rest of the line is one hidden {@code SKIPPED} token (see FullyReparsingGasmParser). */
	public void skipRestOfLineFrom(Set<Integer> offsets) {
		skippedFrom = offsets;
	}
}
