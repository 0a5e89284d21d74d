package dev.gasket.lang.ui.outline;

import java.util.List;
import java.util.Optional;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.viewers.IPostSelectionProvider;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;

import dev.gasket.lang.ide.navigation.OutlineEntry;
import dev.gasket.lang.ide.navigation.SymbolOutline;
import dev.gasket.lang.ui.model.GasmDocumentModel;

/**
 * The Outline view of an assembly editor: the file's symbols as {@link SymbolOutline} arranges them, rebuilt after
 * each parse. Selecting an entry selects its name in the editor; moving the caret selects the entry it follows.
 */
public class GasmOutlinePage extends ContentOutlinePage {
	private final ITextEditor editor;
	private final GasmDocumentModel model;
	private final Runnable refreshAfterParse = this::refreshAfterParse;
	private final ISelectionChangedListener caretListener = event -> followCaret(event.getSelection());
	private List<OutlineEntry> entries = List.of();
	/** Set while the tree follows the editor, so that selection does not move the caret back. */
	private boolean followingEditor;

	public GasmOutlinePage(ITextEditor editor, IDocument document) {
		this.editor = editor;
		this.model = GasmDocumentModel.of(document);
	}

	@Override
	public void createControl(Composite parent) {
		super.createControl(parent);
		TreeViewer viewer = getTreeViewer();
		viewer.setContentProvider(new OutlineContentProvider());
		viewer.setLabelProvider(new OutlineLabelProvider());
		model.addParseListener(refreshAfterParse);
		if (editor.getSelectionProvider() instanceof IPostSelectionProvider selections) {
			selections.addPostSelectionChangedListener(caretListener);
		}
		outline().ifPresent(this::show);
	}

	@Override
	public void dispose() {
		model.removeParseListener(refreshAfterParse);
		if (editor.getSelectionProvider() instanceof IPostSelectionProvider selections) {
			selections.removePostSelectionChangedListener(caretListener);
		}
		super.dispose();
	}

	@Override
	public void selectionChanged(SelectionChangedEvent event) {
		super.selectionChanged(event);
		if (!followingEditor && event.getSelection() instanceof IStructuredSelection selection
				&& selection.getFirstElement() instanceof OutlineEntry entry) {
			editor.selectAndReveal(entry.symbol().offset(), entry.symbol().length());
		}
	}

	private Optional<List<OutlineEntry>> outline() {
		return model.read(resource -> GasmDocumentModel.language().getInstance(SymbolOutline.class).of(resource));
	}

	/** Runs on the parsing thread: the outline is computed there, the tree is changed on the UI thread. */
	private void refreshAfterParse() {
		outline().ifPresent(computed -> Display.getDefault().asyncExec(() -> show(computed)));
	}

	private void show(List<OutlineEntry> computed) {
		TreeViewer viewer = getTreeViewer();
		if (viewer == null || viewer.getControl().isDisposed()) {
			return;
		}
		entries = computed;
		viewer.setInput(computed);
		viewer.expandAll();
		if (editor.getSelectionProvider() != null) {
			followCaret(editor.getSelectionProvider().getSelection());
		}
	}

	private void followCaret(ISelection selection) {
		TreeViewer viewer = getTreeViewer();
		if (!(selection instanceof ITextSelection text) || viewer == null || viewer.getControl().isDisposed()) {
			return;
		}
		OutlineEntry nearest = nearestBefore(entries, text.getOffset(), null);
		followingEditor = true;
		try {
			viewer.setSelection(nearest == null ? StructuredSelection.EMPTY : new StructuredSelection(nearest), true);
		} finally {
			followingEditor = false;
		}
	}

	/** The last entry, at any depth, whose name starts at or before {@code offset}: the one the caret is in. */
	private static OutlineEntry nearestBefore(List<OutlineEntry> candidates, int offset, OutlineEntry found) {
		OutlineEntry nearest = found;
		for (OutlineEntry entry : candidates) {
			if (entry.symbol().offset() > offset) {
				break;
			}
			nearest = nearestBefore(entry.children(), offset, entry);
		}
		return nearest;
	}
}
