package dev.gasket.lang.ui.editor;

import java.util.Set;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.rules.IToken;
import org.eclipse.jface.text.rules.ITokenScanner;
import org.eclipse.jface.text.rules.Token;

import dev.gasket.lang.instructions.X86Register;

/**
 * Lexical colouring of GAS x86 code (everything outside block comments). Hand-written rather than rule-based because
 * GAS tokens depend on context: `#` opens a cpp line only at the start of a line, `1b` is a label reference but `0b1`
 * a number, and `.L` names are symbols while other `.` words are directives.
 */
public class GasmTokenScanner implements ITokenScanner {
	private static final Set<String> CPP_DIRECTIVES = Set.of("include", "define", "undef", "if", "ifdef", "ifndef",
			"elif", "else", "endif", "error", "warning", "pragma", "line");

	private IDocument document;
	private String text = "";
	private int rangeOffset;
	private int position;
	private int tokenStart;

	@Override
	public void setRange(IDocument document, int offset, int length) {
		this.document = document;
		this.rangeOffset = offset;
		try {
			this.text = document.get(offset, length);
		} catch (BadLocationException e) {
			this.text = "";
		}
		this.position = 0;
		this.tokenStart = 0;
	}

	@Override
	public int getTokenOffset() {
		return rangeOffset + tokenStart;
	}

	@Override
	public int getTokenLength() {
		return position - tokenStart;
	}

	@Override
	public IToken nextToken() {
		tokenStart = position;
		if (position >= text.length()) {
			return Token.EOF;
		}
		char c = text.charAt(position);
		if (Character.isWhitespace(c)) {
			while (position < text.length() && Character.isWhitespace(text.charAt(position))) {
				position++;
			}
			return Token.WHITESPACE;
		}
		if (c == '#') {
			boolean cppLine = atLineStart() && CPP_DIRECTIVES.contains(wordAfterHash());
			skipToEndOfLine();
			return cppLine ? GasmLexicalStyle.PREPROCESSOR.token() : GasmLexicalStyle.COMMENT.token();
		}
		if (c == '"') {
			return scanString();
		}
		position++;
		if (c == '%' && isWordStart(peek())) {
			int start = position - 1;
			skipWord();
			return registerStyle(text.substring(start, position)).token();
		}
		if (c == '\\' && (isWordStart(peek()) || peek() == '@')) {
			position++;
			skipWord();
			return GasmLexicalStyle.MACRO_PARAMETER.token();
		}
		if (c == '.' && isWordStart(peek())) {
			boolean local = peek() == 'L';
			skipWord();
			if (peek() == ':' || local) {
				return GasmLexicalStyle.LOCAL_LABEL.token();
			}
			return GasmLexicalStyle.DIRECTIVE.token();
		}
		if (Character.isDigit(c)) {
			return scanNumber(c);
		}
		if (isWordStart(c)) {
			skipWord();
			return peek() == ':' ? GasmLexicalStyle.LABEL.token() : Token.UNDEFINED;
		}
		return Token.UNDEFINED;
	}

	private IToken scanNumber(char first) {
		if (first == '0' && (peek() == 'x' || peek() == 'X')) {
			position++;
			skipWord();
			return GasmLexicalStyle.NUMBER.token();
		}
		while (Character.isDigit(peek())) {
			position++;
		}
		char suffix = peek();
		if ((suffix == 'b' || suffix == 'f') && !isWordPart(peekAt(1))) {
			position++;
			return GasmLexicalStyle.LOCAL_LABEL.token();
		}
		if (suffix == ':') {
			return GasmLexicalStyle.LOCAL_LABEL.token();
		}
		skipWord();
		return GasmLexicalStyle.NUMBER.token();
	}

	private IToken scanString() {
		position++;
		while (position < text.length()) {
			char c = text.charAt(position++);
			if (c == '\\' && position < text.length()) {
				position++;
			} else if (c == '"' || c == '\n') {
				break;
			}
		}
		return GasmLexicalStyle.STRING.token();
	}

	/** Looks before the scanned range too: a damaged region may start mid-line. */
	private boolean atLineStart() {
		try {
			int absolute = rangeOffset + position;
			int lineStart = document.getLineOffset(document.getLineOfOffset(absolute));
			return document.get(lineStart, absolute - lineStart).isBlank();
		} catch (BadLocationException e) {
			return false;
		}
	}

	private String wordAfterHash() {
		int start = position + 1;
		while (start < text.length() && (text.charAt(start) == ' ' || text.charAt(start) == '\t')) {
			start++;
		}
		int end = start;
		while (end < text.length() && Character.isLetter(text.charAt(end))) {
			end++;
		}
		return text.substring(start, end);
	}

	private void skipToEndOfLine() {
		while (position < text.length() && text.charAt(position) != '\n' && text.charAt(position) != '\r') {
			position++;
		}
	}

	/** By class, so that a {@code %cr4} stands out among general registers; an unknown name keeps the plain colour. */
	private static GasmLexicalStyle registerStyle(String name) {
		return X86Register.lookup(name).map(register -> switch (register.registerClass()) {
		case SEGMENT -> GasmLexicalStyle.SEGMENT_REGISTER;
		case CONTROL, DEBUG -> GasmLexicalStyle.SYSTEM_REGISTER;
		case X87, MMX, XMM, YMM, ZMM, MASK, BOUND -> GasmLexicalStyle.VECTOR_REGISTER;
		case GENERAL, INSTRUCTION_POINTER -> GasmLexicalStyle.REGISTER;
		}).orElse(GasmLexicalStyle.REGISTER);
	}

	private void skipWord() {
		while (isWordPart(peek())) {
			position++;
		}
	}

	private char peek() {
		return peekAt(0);
	}

	private char peekAt(int ahead) {
		int index = position + ahead;
		return index < text.length() ? text.charAt(index) : '\0';
	}

	private static boolean isWordStart(char c) {
		return Character.isLetter(c) || c == '_';
	}

	private static boolean isWordPart(char c) {
		return Character.isLetterOrDigit(c) || c == '_' || c == '.' || c == '$';
	}
}
