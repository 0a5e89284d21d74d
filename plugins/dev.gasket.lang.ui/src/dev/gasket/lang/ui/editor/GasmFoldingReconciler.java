package dev.gasket.lang.ui.editor;

import java.util.List;

import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.reconciler.MonoReconciler;
import org.eclipse.jface.text.source.projection.ProjectionViewer;
import org.eclipse.swt.widgets.Display;
import org.eclipse.xtext.service.OperationCanceledError;

import dev.gasket.lang.ide.folding.GasmFoldingRangeProvider;
import dev.gasket.lang.ui.model.GasmDocumentModel;

/**
 * Folding in the generic editor: after edits, the ranges {@link GasmFoldingRangeProvider} finds in the parsed model
 * become the viewer's projection annotations. The ranges are computed on the reconciler's thread from a parse of the
 * current text (made here when the semantic reconciler has not made one yet) and applied on the UI thread only if the
 * text has not changed since.
 */
public class GasmFoldingReconciler extends MonoReconciler {
	private static final int DELAY_MILLIS = 500;

	private final Strategy strategy;

	public GasmFoldingReconciler() {
		this(new Strategy());
	}

	private GasmFoldingReconciler(Strategy strategy) {
		super(strategy, false);
		this.strategy = strategy;
		setDelay(DELAY_MILLIS);
	}

	@Override
	public void install(ITextViewer textViewer) {
		strategy.viewer = textViewer instanceof ProjectionViewer projection ? projection : null;
		super.install(textViewer);
	}

	@Override
	public void uninstall() {
		super.uninstall();
		strategy.viewer = null;
	}

	private static final class Strategy extends WholeDocumentStrategy {
		private volatile ProjectionViewer viewer;

		/** A failure other than a cancel is a bug in the language services: logged, and the folds stay as they were. */
		@Override
		protected void reconcile() {
			IDocument folded = document();
			GasmDocumentModel model = GasmDocumentModel.of(folded);
			try {
				List<Position> folds = folds(folded, model);
				long stamp = model.stamp();
				if (folds == null || monitor().isCanceled()) {
					return;
				}
				Display.getDefault().asyncExec(() -> {
					ProjectionViewer target = viewer;
					if (target != null && target.getDocument() == folded && model.stamp() == stamp && target.getProjectionAnnotationModel() != null) {
						FoldingAnnotations.update(target.getProjectionAnnotationModel(), folds);
					}
				});
			} catch (RuntimeException | OperationCanceledError e) {
				if (!monitor().isCanceled()) {
					ILog.of(GasmFoldingReconciler.class).error("folding failed for " + model.file().map(Object::toString).orElse("an editor"), e);
				}
			}
		}

		/** The folds of the current text, or null when the text changed while parsing. */
		private List<Position> folds(IDocument folded, GasmDocumentModel model) {
			GasmFoldingRangeProvider provider = GasmDocumentModel.language().getInstance(GasmFoldingRangeProvider.class);
			return model.readCurrent(resource -> FoldingAnnotations.wholeLines(folded, provider.getFoldingRanges(resource, monitor()::isCanceled)),
					monitor()::isCanceled).orElse(null);
		}
	}
}
