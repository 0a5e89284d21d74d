package dev.gasket.lang.ui.editor;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;

/**
 * One search through a document's code characters for brackets, line by line from a start, keeping the code masks of
 * the lines it read ({@link CodeText}) and giving up {@code maxLines} lines from where it began.
 */
final class BracketScan {
	private final IDocument document;
	private final int maxLines;
	private final Map<Integer, boolean[]> codeByLine = new HashMap<>();

	BracketScan(IDocument document, int maxLines) {
		this.document = document;
		this.maxLines = maxLines;
	}

	boolean isCode(int offset) throws BadLocationException {
		int line = document.getLineOfOffset(offset);
		int column = offset - document.getLineOffset(line);
		boolean[] code = code(line);
		return column < code.length && code[column];
	}

	/** The offset of the {@code close} that pairs with an {@code open} just before {@code from}, or -1. */
	int forward(int from, char open, char close) throws BadLocationException {
		int depth = 0;
		int firstLine = document.getLineOfOffset(from);
		int lastLine = Math.min(document.getNumberOfLines() - 1, firstLine + maxLines);
		for (int line = firstLine; line <= lastLine; line++) {
			IRegion region = document.getLineInformation(line);
			boolean[] code = code(line);
			for (int column = line == firstLine ? from - region.getOffset() : 0; column < code.length; column++) {
				char c = document.getChar(region.getOffset() + column);
				if (code[column] && c == open) {
					depth++;
				} else if (code[column] && c == close && depth-- == 0) {
					return region.getOffset() + column;
				}
			}
		}
		return -1;
	}

	/** The offset of the {@code open} that pairs with a {@code close} just after {@code from}, or -1. */
	int backward(int from, char close, char open) throws BadLocationException {
		if (from < 0) {
			return -1;
		}
		int depth = 0;
		int firstLine = document.getLineOfOffset(from);
		for (int line = firstLine; line >= Math.max(0, firstLine - maxLines); line--) {
			IRegion region = document.getLineInformation(line);
			boolean[] code = code(line);
			for (int column = Math.min(code.length - 1, line == firstLine ? from - region.getOffset() : code.length - 1); column >= 0; column--) {
				char c = document.getChar(region.getOffset() + column);
				if (code[column] && c == close) {
					depth++;
				} else if (code[column] && c == open && depth-- == 0) {
					return region.getOffset() + column;
				}
			}
		}
		return -1;
	}

	/** The nearest opening bracket at or before {@code from} whose closing bracket is not between it and {@code from}, or -1. */
	int unmatchedOpening(int from) throws BadLocationException {
		if (from < 0) {
			return -1;
		}
		int[] depths = new int[GasmBracketMatcher.OPENING.length()];
		int firstLine = document.getLineOfOffset(from);
		for (int line = firstLine; line >= Math.max(0, firstLine - maxLines); line--) {
			IRegion region = document.getLineInformation(line);
			boolean[] code = code(line);
			for (int column = Math.min(code.length - 1, line == firstLine ? from - region.getOffset() : code.length - 1); column >= 0; column--) {
				if (!code[column]) {
					continue;
				}
				char c = document.getChar(region.getOffset() + column);
				int closing = GasmBracketMatcher.CLOSING.indexOf(c);
				int opening = GasmBracketMatcher.OPENING.indexOf(c);
				if (closing >= 0) {
					depths[closing]++;
				} else if (opening >= 0 && depths[opening]-- == 0) {
					return region.getOffset() + column;
				}
			}
		}
		return -1;
	}

	private boolean[] code(int line) throws BadLocationException {
		boolean[] code = codeByLine.get(line);
		if (code == null) {
			code = CodeText.codeOf(document, line);
			codeByLine.put(line, code);
		}
		return code;
	}
}
