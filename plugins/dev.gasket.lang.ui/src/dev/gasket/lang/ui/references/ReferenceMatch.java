package dev.gasket.lang.ui.references;

import org.eclipse.search.ui.text.Match;

/**
 * A reference in the Search view: the name's range in its file (the element: a workspace file, or the file store of
 * one outside the workspace), which the view keeps up to date while the file is edited, and the line as it was found.
 */
public final class ReferenceMatch extends Match {
	private final Reference reference;

	ReferenceMatch(Object file, Reference reference) {
		super(file, reference.location().offset(), reference.location().length());
		this.reference = reference;
	}

	public boolean isDefinition() {
		return reference.definition();
	}

	/** The 1-based line the name was on when found. */
	public int line() {
		return reference.location().line();
	}

	public String lineText() {
		return reference.lineText();
	}
}
