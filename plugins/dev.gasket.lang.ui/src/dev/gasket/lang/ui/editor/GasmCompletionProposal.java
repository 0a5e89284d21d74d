package dev.gasket.lang.ui.editor;

import java.util.Locale;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.ICompletionProposalExtension2;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;

import dev.gasket.lang.ide.contentassist.Completion;
import dev.gasket.lang.ide.navigation.HoverText;
import dev.gasket.lang.instructions.X86Register;

/**
 * One {@link Completion} in the proposal list: replaces the partial word it was computed for, and stays in the list
 * while what is typed after it still starts the label (so the list narrows without asking again).
 */
public final class GasmCompletionProposal implements ICompletionProposal, ICompletionProposalExtension2 {
	private final Completion completion;

	public GasmCompletionProposal(Completion completion) {
		this.completion = completion;
	}

	public Completion completion() {
		return completion;
	}

	@Override
	public void apply(IDocument document) {
		try {
			document.replace(completion.replaceOffset(), completion.replaceLength(), completion.insertText());
		} catch (BadLocationException e) {
			// the text changed under the list; nothing sensible to replace
		}
	}

	/** Replaces up to the caret, which may have moved on while the list was open. */
	@Override
	public void apply(ITextViewer viewer, char trigger, int stateMask, int offset) {
		try {
			int length = Math.max(completion.replaceLength(), offset - completion.replaceOffset());
			viewer.getDocument().replace(completion.replaceOffset(), length, completion.insertText());
		} catch (BadLocationException e) {
			// as above
		}
	}

	@Override
	public boolean validate(IDocument document, int offset, DocumentEvent event) {
		if (offset < completion.replaceOffset()) {
			return false;
		}
		try {
			String typed = document.get(completion.replaceOffset(), offset - completion.replaceOffset()).toLowerCase(Locale.ROOT);
			return completion.label().toLowerCase(Locale.ROOT).startsWith(typed);
		} catch (BadLocationException e) {
			return false;
		}
	}

	@Override
	public void selected(ITextViewer viewer, boolean smartToggle) {
	}

	@Override
	public void unselected(ITextViewer viewer) {
	}

	@Override
	public Point getSelection(IDocument document) {
		return new Point(completion.replaceOffset() + completion.insertText().length(), 0);
	}

	/** The label, then the kind and size or class and width. */
	@Override
	public String getDisplayString() {
		return completion.detail() == null || completion.detail().isEmpty() ? completion.label() : completion.label() + " — " + completion.detail();
	}

	/** A register's hover text; otherwise the detail, which for a mnemonic is its description. */
	@Override
	public String getAdditionalProposalInfo() {
		if (completion.kind() == Completion.Kind.REGISTER) {
			return X86Register.lookup(completion.label()).map(HoverText::register).orElse(completion.detail());
		}
		return completion.detail();
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
