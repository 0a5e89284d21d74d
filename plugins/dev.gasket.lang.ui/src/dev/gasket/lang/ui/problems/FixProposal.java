package dev.gasket.lang.ui.problems;

import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;

/** An {@link OperandSizeFix} as an entry of the editor's Quick Fix list. */
record FixProposal(OperandSizeFix fix) implements ICompletionProposal {

	@Override
	public void apply(IDocument document) {
		try {
			fix.apply(document);
		} catch (BadLocationException e) {
			ILog.of(FixProposal.class).error("the text changed under the quick fix \"" + fix.label() + "\"", e);
		}
	}

	@Override
	public String getDisplayString() {
		return fix.label();
	}

	@Override
	public Point getSelection(IDocument document) {
		return null;
	}

	@Override
	public String getAdditionalProposalInfo() {
		return null;
	}

	@Override
	public Image getImage() {
		return null;
	}

	@Override
	public IContextInformation getContextInformation() {
		return null;
	}
}
