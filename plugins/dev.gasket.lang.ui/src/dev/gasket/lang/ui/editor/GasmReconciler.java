package dev.gasket.lang.ui.editor;

import java.util.List;

import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.reconciler.MonoReconciler;
import org.eclipse.swt.widgets.Display;
import org.eclipse.xtext.service.OperationCanceledError;

import dev.gasket.lang.ui.model.GasmDocumentModel;

/**
 * Re-parses the document on the reconciler's background thread a moment after the last edit (an edit cancels a parse
 * under way through the progress monitor), works out the semantic styles of the result there, before the other parse
 * listeners (validation, outline) take their turn, and hands them to the UI thread.
 */
public class GasmReconciler extends MonoReconciler {
	private static final int DELAY_MILLIS = 300;

	private final GasmSemanticHighlighter highlighter;

	public GasmReconciler() {
		this(new GasmSemanticHighlighter());
	}

	private GasmReconciler(GasmSemanticHighlighter highlighter) {
		super(new Strategy(highlighter), false);
		this.highlighter = highlighter;
		setDelay(DELAY_MILLIS);
	}

	@Override
	public void install(ITextViewer textViewer) {
		highlighter.install(textViewer);
		super.install(textViewer);
	}

	@Override
	public void uninstall() {
		super.uninstall();
		highlighter.uninstall();
	}

	/** The semantic styles of the text at {@code stamp}. */
	private record Styled(long stamp, List<GasmSemanticHighlighter.Highlight> highlights) {
	}

	private static final class Strategy extends WholeDocumentStrategy {
		private final GasmSemanticHighlighter highlighter;

		Strategy(GasmSemanticHighlighter highlighter) {
			this.highlighter = highlighter;
		}

		/** A failure other than a cancel is a bug in the language services: logged, and the editor keeps its lexical colours. */
		@Override
		protected void reconcile() {
			IDocument parsed = document();
			GasmDocumentModel model = GasmDocumentModel.of(parsed);
			try {
				model.reparse((resource, stamp) -> new Styled(stamp, GasmSemanticHighlighter.highlights(resource, monitor()::isCanceled)),
						monitor()::isCanceled).filter(styled -> !monitor().isCanceled()).ifPresent(styled -> Display.getDefault()
								.asyncExec(() -> highlighter.show(parsed, model, styled.stamp(), styled.highlights())));
			} catch (RuntimeException | OperationCanceledError e) {
				if (monitor().isCanceled()) {
					return;
				}
				ILog.of(GasmReconciler.class).error("semantic highlighting failed for " + model.file().map(Object::toString).orElse("an editor"), e);
			}
		}
	}
}
