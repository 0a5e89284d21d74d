package dev.gasket.lang.ui.problems;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.quickassist.IQuickAssistInvocationContext;
import org.eclipse.jface.text.quickassist.IQuickAssistProcessor;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.ISourceViewer;

import dev.gasket.lang.validation.GasmIssueCodes;

/**
 * Quick Fix (Ctrl+1) in the editor for the problems it found while typing ({@link IssueAnnotation}s): the fixes the
 * Problems view offers for the builder's markers. A problem shown by its marker's annotation gets the marker's
 * resolutions from the generic editor itself, so each fix is offered once.
 */
public class IssueQuickFixProcessor implements IQuickAssistProcessor {

	@Override
	public boolean canFix(Annotation annotation) {
		return annotation instanceof IssueAnnotation issue && !annotation.isMarkedDeleted() && GasmIssueCodes.OPERAND_SIZE_VS_SYMBOL.equals(issue.code());
	}

	@Override
	public boolean canAssist(IQuickAssistInvocationContext context) {
		return false;
	}

	@Override
	public ICompletionProposal[] computeQuickAssistProposals(IQuickAssistInvocationContext context) {
		ISourceViewer viewer = context.getSourceViewer();
		IAnnotationModel model = viewer == null ? null : viewer.getAnnotationModel();
		IDocument document = viewer == null ? null : viewer.getDocument();
		if (model == null || document == null) {
			return new ICompletionProposal[0];
		}
		List<ICompletionProposal> proposals = new ArrayList<>();
		for (IssueAnnotation problem : problemsAt(model, document, context.getOffset())) {
			OperandSizeFix.find(document, model.getPosition(problem).getOffset(), problem.data()).ifPresent(fix -> proposals.add(new FixProposal(fix)));
		}
		return proposals.toArray(ICompletionProposal[]::new);
	}

	/** The fixable problems under the caret, or when there are none, those on its line (as Ctrl+1 does in the Java editor). */
	private List<IssueAnnotation> problemsAt(IAnnotationModel model, IDocument document, int caret) {
		List<IssueAnnotation> underCaret = new ArrayList<>();
		List<IssueAnnotation> onLine = new ArrayList<>();
		for (Iterator<Annotation> annotations = model.getAnnotationIterator(); annotations.hasNext();) {
			Annotation annotation = annotations.next();
			Position place = model.getPosition(annotation);
			if (!canFix(annotation) || place == null) {
				continue;
			}
			if (place.getOffset() <= caret && caret <= place.getOffset() + place.getLength()) {
				underCaret.add((IssueAnnotation) annotation);
			} else if (sameLine(document, caret, place.getOffset())) {
				onLine.add((IssueAnnotation) annotation);
			}
		}
		return underCaret.isEmpty() ? onLine : underCaret;
	}

	private static boolean sameLine(IDocument document, int one, int other) {
		try {
			return document.getLineOfOffset(one) == document.getLineOfOffset(other);
		} catch (BadLocationException e) {
			return false;
		}
	}

	@Override
	public String getErrorMessage() {
		return null;
	}
}
