package dev.gasket.lang.ui.editor;

import java.util.List;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContentAssistProcessor;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.jface.text.contentassist.IContextInformationValidator;
import org.eclipse.xtext.util.CancelIndicator;

import dev.gasket.lang.ide.contentassist.CompletionProposals;
import dev.gasket.lang.ui.model.GasmDocumentModel;

/**
 * Ctrl+Space in the generic editor: what {@link CompletionProposals} offers at the caret. The request is usually
 * made right after typing, before the reconciler's delayed parse; rather than answer from an older parse (whose
 * offsets and modes may no longer fit the text) it parses the current text itself, which for one source file takes
 * a moment, and the result then serves the reconciler's readers too.
 */
public class GasmContentAssistProcessor implements IContentAssistProcessor {
	private static final char[] AUTO_ACTIVATION = { '%', '.', '\\' };

	@Override
	public ICompletionProposal[] computeCompletionProposals(ITextViewer viewer, int offset) {
		IDocument document = viewer.getDocument();
		if (document == null) {
			return new ICompletionProposal[0];
		}
		GasmDocumentModel model = GasmDocumentModel.of(document);
		CompletionProposals proposals = GasmDocumentModel.language().getInstance(CompletionProposals.class);
		return model.readCurrent(resource -> proposals.at(resource, offset), CancelIndicator.NullImpl).orElse(List.of()).stream().map(GasmCompletionProposal::new).toArray(ICompletionProposal[]::new);
	}

	@Override
	public IContextInformation[] computeContextInformation(ITextViewer viewer, int offset) {
		return null;
	}

	@Override
	public char[] getCompletionProposalAutoActivationCharacters() {
		return AUTO_ACTIVATION.clone();
	}

	@Override
	public char[] getContextInformationAutoActivationCharacters() {
		return null;
	}

	@Override
	public String getErrorMessage() {
		return null;
	}

	@Override
	public IContextInformationValidator getContextInformationValidator() {
		return null;
	}
}
