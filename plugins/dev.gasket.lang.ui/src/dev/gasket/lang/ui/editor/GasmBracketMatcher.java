package dev.gasket.lang.ui.editor;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.source.ICharacterPairMatcher;
import org.eclipse.jface.text.source.ICharacterPairMatcherExtension;

/**
 * Matching brackets for the generic editor: {@code ( ) [ ] { }} pair up only where they are code ({@link CodeText}),
 * so a bracket in a comment, a string or a character constant neither matches nor counts. The caret may be on
 * either side of a bracket, the character before it first. The search stops {@value #MAX_LINES} lines away: a pair in
 * assembly sits on one line or in a short continued macro, and the caret moves often.
 */
public class GasmBracketMatcher implements ICharacterPairMatcher, ICharacterPairMatcherExtension {
	static final String OPENING = "([{";
	static final String CLOSING = ")]}";
	private static final int MAX_LINES = 200;

	private int anchor = LEFT;

	@Override
	public IRegion match(IDocument document, int offset) {
		if (offset > 0) {
			IRegion before = matchAt(document, offset - 1);
			if (before != null) {
				return before;
			}
		}
		return offset < document.getLength() ? matchAt(document, offset) : null;
	}

	@Override
	public IRegion match(IDocument document, int offset, int length) {
		if (length == 0) {
			return match(document, offset);
		}
		return Math.abs(length) == 1 ? matchAt(document, Math.min(offset, offset + length)) : null;
	}

	/** The pair whose bracket is the character at {@code offset}, from its opening to its closing bracket. */
	private IRegion matchAt(IDocument document, int offset) {
		try {
			char bracket = document.getChar(offset);
			if (!isMatchedChar(bracket, document, offset)) {
				return null;
			}
			int opening = OPENING.indexOf(bracket);
			if (opening >= 0) {
				int partner = new BracketScan(document, MAX_LINES).forward(offset + 1, bracket, CLOSING.charAt(opening));
				anchor = LEFT;
				return partner < 0 ? null : new Region(offset, partner - offset + 1);
			}
			char open = OPENING.charAt(CLOSING.indexOf(bracket));
			int partner = new BracketScan(document, MAX_LINES).backward(offset - 1, bracket, open);
			anchor = RIGHT;
			return partner < 0 ? null : new Region(partner, offset - partner + 1);
		} catch (BadLocationException e) {
			return null;
		}
	}

	@Override
	public IRegion findEnclosingPeerCharacters(IDocument document, int offset, int length) {
		try {
			BracketScan scan = new BracketScan(document, MAX_LINES);
			int opening = scan.unmatchedOpening(offset - 1);
			while (opening >= 0) {
				char bracket = document.getChar(opening);
				int closing = scan.forward(opening + 1, bracket, CLOSING.charAt(OPENING.indexOf(bracket)));
				if (closing >= offset + length) {
					return new Region(opening, closing - opening + 1);
				}
				opening = closing < 0 ? -1 : scan.unmatchedOpening(opening - 1);
			}
			return null;
		} catch (BadLocationException e) {
			return null;
		}
	}

	@Override
	public boolean isMatchedChar(char ch) {
		return OPENING.indexOf(ch) >= 0 || CLOSING.indexOf(ch) >= 0;
	}

	@Override
	public boolean isMatchedChar(char ch, IDocument document, int offset) {
		try {
			return isMatchedChar(ch) && new BracketScan(document, MAX_LINES).isCode(offset);
		} catch (BadLocationException e) {
			return false;
		}
	}

	@Override
	public boolean isRecomputationOfEnclosingPairRequired(IDocument document, IRegion currentSelection, IRegion previousSelection) {
		return currentSelection.getOffset() != previousSelection.getOffset() || currentSelection.getLength() != previousSelection.getLength();
	}

	@Override
	public int getAnchor() {
		return anchor;
	}

	@Override
	public void clear() {
		anchor = LEFT;
	}

	@Override
	public void dispose() {
		clear();
	}
}
