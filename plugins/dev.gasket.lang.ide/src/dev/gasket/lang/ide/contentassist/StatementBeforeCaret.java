package dev.gasket.lang.ide.contentassist;

/**
 * The statement text from its start up to the caret, read as GAS reads it: statements end at a line break or
 * {@code ;}, {@code \}-newline continues one, {@code #} comments out the rest of a line (in {@code .S} files it also
 * starts cpp lines, where nothing is proposed either), {@code /* *}{@code /} comments may span lines. Read from the
 * text rather than the parse so a line being typed, however broken, still has a context.
 *
 * @param text the statement before the caret, comments replaced by a blank; null when the caret is inside a comment,
 *             string or character literal
 */
record StatementBeforeCaret(String text) {

	boolean completable() {
		return text != null;
	}

	static StatementBeforeCaret of(String document, int caret) {
		StringBuilder statement = new StringBuilder();
		int i = 0;
		while (i < caret) {
			char c = document.charAt(i);
			if (c == '\n' || c == ';') {
				statement.setLength(0);
				i++;
			} else if (c == '\\' && i + 1 < caret && isLineBreakAt(document, i + 1)) {
				statement.append(' ');
				i = afterLineBreak(document, i + 1);
			} else if (c == '#') {
				i = lineEnd(document, i);
				if (i >= caret) {
					return new StatementBeforeCaret(null);
				}
			} else if (c == '/' && i + 1 < caret && document.charAt(i + 1) == '*') {
				int close = document.indexOf("*/", i + 2);
				if (close < 0 || close + 2 > caret) {
					return new StatementBeforeCaret(null);
				}
				statement.append(' ');
				i = close + 2;
			} else if (c == '"') {
				int close = closingQuote(document, i + 1);
				if (caret <= close) {
					return new StatementBeforeCaret(null);
				}
				int end = close < document.length() && document.charAt(close) == '"' ? close + 1 : close;
				statement.append(document, i, end);
				i = end;
			} else if (c == '\'') {
				int end = characterEnd(document, i + 1);
				if (end > caret) {
					return new StatementBeforeCaret(null);
				}
				statement.append(document, i, end);
				i = end;
			} else {
				statement.append(c);
				i++;
			}
		}
		return new StatementBeforeCaret(statement.toString());
	}

	private static boolean isLineBreakAt(String document, int index) {
		return document.charAt(index) == '\n' || document.charAt(index) == '\r' && index + 1 < document.length() && document.charAt(index + 1) == '\n';
	}

	private static int afterLineBreak(String document, int index) {
		return document.charAt(index) == '\r' ? index + 2 : index + 1;
	}

	private static int lineEnd(String document, int from) {
		int i = from;
		while (i < document.length() && document.charAt(i) != '\n') {
			i++;
		}
		return i;
	}

	/** The closing quote's offset; for an unterminated string, its line end's. */
	private static int closingQuote(String document, int from) {
		int i = from;
		while (i < document.length()) {
			char c = document.charAt(i);
			if (c == '"' || c == '\n') {
				return i;
			}
			i += c == '\\' ? 2 : 1;
		}
		return document.length();
	}

	/** Past {@code 'a'}, {@code '\n'} or GAS's unterminated {@code 'a}. */
	private static int characterEnd(String document, int from) {
		int i = from;
		if (i < document.length() && document.charAt(i) == '\\') {
			i++;
		}
		i++;
		if (i < document.length() && document.charAt(i) == '\'') {
			i++;
		}
		return i;
	}
}
