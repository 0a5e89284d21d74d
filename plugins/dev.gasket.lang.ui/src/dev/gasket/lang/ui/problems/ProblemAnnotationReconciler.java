package dev.gasket.lang.ui.problems;

import java.util.concurrent.CompletableFuture;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextInputListener;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.reconciler.IReconciler;
import org.eclipse.jface.text.reconciler.IReconcilingStrategy;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.swt.widgets.Display;
import org.eclipse.xtext.service.OperationCanceledError;
import org.eclipse.xtext.util.CancelIndicator;

import dev.gasket.lang.ui.model.GasmDocumentModel;

/**
 * Shows the language's errors, warnings and infos while typing: after each parse the document is validated on the
 * parsing thread and the editor's error/warning/info annotations (rulers, overview, hovers) are replaced on the UI thread,
 * one per problem whether the builder has marked it too or not ({@link ProblemAnnotations}).
 */
public class ProblemAnnotationReconciler implements IReconciler {
	public static final String ERROR_TYPE = "org.eclipse.ui.workbench.texteditor.error";
	public static final String WARNING_TYPE = "org.eclipse.ui.workbench.texteditor.warning";
	public static final String INFO_TYPE = "org.eclipse.ui.workbench.texteditor.info";

	private final Runnable validateAfterParse = this::validate;
	private final ITextInputListener inputListener = new ITextInputListener() {
		@Override
		public void inputDocumentAboutToBeChanged(IDocument oldInput, IDocument newInput) {
			if (oldInput != null) {
				GasmDocumentModel.of(oldInput).removeParseListener(validateAfterParse);
			}
		}

		@Override
		public void inputDocumentChanged(IDocument oldInput, IDocument newInput) {
			if (newInput != null) {
				GasmDocumentModel.of(newInput).addParseListener(validateAfterParse);
			}
		}
	};
	private volatile ISourceViewer viewer;
	private volatile ProblemAnnotations annotations;

	@Override
	public void install(ITextViewer textViewer) {
		if (textViewer instanceof ISourceViewer sourceViewer) {
			// a build's new markers may describe problems shown by own annotations so far
			annotations = new ProblemAnnotations(sourceViewer, () -> CompletableFuture.runAsync(this::validate));
			viewer = sourceViewer;
			viewer.addTextInputListener(inputListener);
			inputListener.inputDocumentChanged(null, viewer.getDocument());
			// the editor's first parse may have finished before the listener was added
			CompletableFuture.runAsync(this::validate);
		}
	}

	@Override
	public void uninstall() {
		ISourceViewer installed = viewer;
		if (installed != null) {
			inputListener.inputDocumentAboutToBeChanged(installed.getDocument(), null);
			installed.removeTextInputListener(inputListener);
			viewer = null;
			annotations.dispose();
		}
	}

	@Override
	public IReconcilingStrategy getReconcilingStrategy(String contentType) {
		return null;
	}

	/** Runs on the parsing thread; a parse that the text has moved past is left for the next one, stopping its validation. */
	private void validate() {
		ISourceViewer installed = viewer;
		IDocument document = installed == null ? null : installed.getDocument();
		if (document == null) {
			return;
		}
		ProblemAnnotations shown = annotations;
		GasmDocumentModel model = GasmDocumentModel.of(document);
		long stamp = model.stamp();
		CancelIndicator textChanged = () -> model.stamp() != stamp;
		try {
			model.read(resource -> GasmIssues.of(resource, textChanged)).ifPresent(issues -> Display.getDefault().asyncExec(() -> {
				if (viewer == installed && installed.getDocument() == document && model.stamp() == stamp) {
					shown.show(issues);
				}
			}));
		} catch (OperationCanceledError e) {
			// the next parse validates the new text
		}
	}
}
