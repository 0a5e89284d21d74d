package dev.gasket.lang.ui.editor;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.reconciler.MonoReconciler;
import org.eclipse.swt.widgets.Display;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.service.OperationCanceledError;

import dev.gasket.lang.ui.model.GasmDocumentModel;

/**
 * Re-parses the document on the reconciler's background thread a moment after the last edit (an edit cancels a parse
 * under way through the progress monitor) and hands the semantic styles of the result to the UI thread.
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
				model.reparse(monitor()::isCanceled);
				long stamp = model.stamp();
				model.read(resource -> {
					List<GasmSemanticHighlighter.Highlight> highlights = new ArrayList<>();
					GasmDocumentModel.language().getInstance(ISemanticHighlightingCalculator.class).provideHighlightingFor(resource,
							(offset, length, ids) -> highlights.add(new GasmSemanticHighlighter.Highlight(offset, length, ids)), monitor()::isCanceled);
					return highlights;
				}).filter(highlights -> !monitor().isCanceled())
						.ifPresent(highlights -> Display.getDefault().asyncExec(() -> highlighter.show(parsed, model, stamp, highlights)));
			} catch (RuntimeException | OperationCanceledError e) {
				if (monitor().isCanceled()) {
					return;
				}
				ILog.of(GasmReconciler.class).error("semantic highlighting failed for " + model.file().map(Object::toString).orElse("an editor"), e);
			}
		}
	}
}
