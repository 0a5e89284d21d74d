package dev.gasket.lang.ide.contentassist;

/**
 * One proposal: {@code insertText} replaces the {@code replaceLength} characters at {@code replaceOffset}, the partial
 * word before the caret.
 *
 * @param label what the list shows, e.g. {@code %eax} or {@code movl}
 * @param detail a short description: a register's class and width, a symbol's kind and size, an instruction's text
 */
public record Completion(String label, String insertText, Kind kind, String detail, int replaceOffset, int replaceLength) {

	public enum Kind {
		MNEMONIC, PREFIX, REGISTER, DIRECTIVE, SYMBOL, MACRO, MACRO_PARAMETER
	}
}
