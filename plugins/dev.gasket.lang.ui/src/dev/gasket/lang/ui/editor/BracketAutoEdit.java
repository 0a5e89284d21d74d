package dev.gasket.lang.ui.editor;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.DocumentCommand;
import org.eclipse.jface.text.IAutoEditStrategy;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;

/**
 * Closing brackets as they are typed in code (not in comments or strings, see {@link CodeText}): an opening bracket
 * typed before the end of the line, a blank, a comma or a closing bracket gets its closing bracket after the caret;
 * typing a closing bracket over the same one, where the line's brackets of that kind are balanced, steps over it; an
 * opening bracket typed over a selection encloses it. Contributing an edit strategy replaces the generic editor's own
 * ones, which did the enclosing; the line indentation it also did is contributed beside this one in plugin.xml.
 */
public class BracketAutoEdit implements IAutoEditStrategy {

	@Override
	public void customizeDocumentCommand(IDocument document, DocumentCommand command) {
		if (!command.doit || command.text == null || command.text.length() != 1) {
			return;
		}
		char typed = command.text.charAt(0);
		try {
			int opening = GasmBracketMatcher.OPENING.indexOf(typed);
			if (opening >= 0 && CodeText.wouldBeCode(document, command.offset, typed)) {
				close(document, command, GasmBracketMatcher.CLOSING.charAt(opening));
			} else if (GasmBracketMatcher.CLOSING.indexOf(typed) >= 0 && command.length == 0 && stepsOver(document, command.offset, typed)) {
				command.text = "";
				command.caretOffset = command.offset + 1;
				command.shiftsCaret = false;
			}
		} catch (BadLocationException e) {
			// a command outside the document is left as typed
		}
	}

	private static void close(IDocument document, DocumentCommand command, char closing) throws BadLocationException {
		if (command.length > 0) {
			command.text = command.text + document.get(command.offset, command.length) + closing;
			return;
		}
		char next = command.offset < document.getLength() ? document.getChar(command.offset) : '\n';
		if (Character.isWhitespace(next) || next == ',' || GasmBracketMatcher.CLOSING.indexOf(next) >= 0) {
			command.text = command.text + closing;
			command.caretOffset = command.offset + 1;
			command.shiftsCaret = false;
		}
	}

	/** The same closing bracket follows, it is code, and the line has as many of its opening brackets as closing ones. */
	private static boolean stepsOver(IDocument document, int offset, char closing) throws BadLocationException {
		if (offset >= document.getLength() || document.getChar(offset) != closing) {
			return false;
		}
		int line = document.getLineOfOffset(offset);
		IRegion region = document.getLineInformation(line);
		boolean[] code = CodeText.codeOf(document, line);
		if (!code[offset - region.getOffset()]) {
			return false;
		}
		char opening = GasmBracketMatcher.OPENING.charAt(GasmBracketMatcher.CLOSING.indexOf(closing));
		int balance = 0;
		for (int column = 0; column < code.length; column++) {
			char c = document.getChar(region.getOffset() + column);
			balance += !code[column] ? 0 : c == opening ? 1 : c == closing ? -1 : 0;
		}
		return balance == 0;
	}
}
