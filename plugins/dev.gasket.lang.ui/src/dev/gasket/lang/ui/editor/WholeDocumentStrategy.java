package dev.gasket.lang.ui.editor;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.reconciler.DirtyRegion;
import org.eclipse.jface.text.reconciler.IReconcilingStrategy;
import org.eclipse.jface.text.reconciler.IReconcilingStrategyExtension;

/**
 * A reconciling strategy that always works on the whole document: the language needs the whole file parsed, so every
 * kind of reconcile request (initial, dirty region, partition) becomes one {@link #reconcile()}.
 */
abstract class WholeDocumentStrategy implements IReconcilingStrategy, IReconcilingStrategyExtension {
	private IDocument document;
	private IProgressMonitor monitor = new NullProgressMonitor();

	@Override
	public final void setDocument(IDocument document) {
		this.document = document;
	}

	@Override
	public final void setProgressMonitor(IProgressMonitor monitor) {
		this.monitor = monitor;
	}

	@Override
	public final void initialReconcile() {
		reconcile();
	}

	@Override
	public final void reconcile(DirtyRegion dirtyRegion, IRegion subRegion) {
		reconcile();
	}

	@Override
	public final void reconcile(IRegion partition) {
		reconcile();
	}

	protected final IDocument document() {
		return document;
	}

	/** Cancelled by the reconciler when the document changes again. */
	protected final IProgressMonitor monitor() {
		return monitor;
	}

	protected abstract void reconcile();
}
