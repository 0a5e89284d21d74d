package dev.gasket.lang.ui.outline;

import java.util.List;

import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.IStatusLineManager;
import org.eclipse.jface.action.IToolBarManager;
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
 * The Outline view of an assembly editor: the file's sections and symbols as {@link SymbolOutline} arranges them,
 * rebuilt after each parse that changes what it shows, in file order or by name ({@link OutlineSorting}, the toolbar's toggle). Selecting an
 * entry selects its name in the editor; moving the caret selects the entry it is in.
 */
public class GasmOutlinePage extends ContentOutlinePage {
	private final ITextEditor editor;
	private final GasmDocumentModel model;
	private final Runnable refreshAfterParse = this::refreshAfterParse;
	private final ISelectionChangedListener caretListener = event -> followCaret(event.getSelection());
	private final SortAction sortAction = new SortAction();
	private Runnable stopFollowingSorting = () -> { };
	/** The latest parse's outline, and the one the tree shows: an older one of the same shape while only positions changed. */
	private List<OutlineEntry> entries = List.of();
	private List<OutlineEntry> shown = List.of();
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
		viewer.setComparator(OutlineSorting.comparator());
		stopFollowingSorting = OutlineSorting.addChangeListener(() -> Display.getDefault().asyncExec(this::applySorting));
		model.addParseListener(refreshAfterParse);
		if (editor.getSelectionProvider() instanceof IPostSelectionProvider selections) {
			selections.addPostSelectionChangedListener(caretListener);
		}
		OutlineEntries.latest(model).ifPresent(this::show);
	}

	@Override
	public void makeContributions(IMenuManager menuManager, IToolBarManager toolBarManager, IStatusLineManager statusLineManager) {
		toolBarManager.add(sortAction);
	}

	@Override
	public void dispose() {
		stopFollowingSorting.run();
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
			OutlineEntry current = OutlineShape.counterpart(shown, entries, entry);
			if (current != null) {
				editor.selectAndReveal(current.symbol().offset(), current.symbol().length());
			}
		}
	}

	/** Runs on the parsing thread: the outline is computed there, the tree is changed on the UI thread. */
	private void refreshAfterParse() {
		OutlineEntries.latest(model).ifPresent(computed -> Display.getDefault().asyncExec(() -> show(computed)));
	}

	private void applySorting() {
		TreeViewer viewer = getTreeViewer();
		if (viewer != null && !viewer.getControl().isDisposed()) {
			sortAction.setChecked(OutlineSorting.isAlphabetical());
			viewer.setComparator(OutlineSorting.comparator());
			viewer.expandAll();
		}
	}

	private void show(List<OutlineEntry> computed) {
		TreeViewer viewer = getTreeViewer();
		if (viewer == null || viewer.getControl().isDisposed()) {
			return;
		}
		entries = computed;
		if (viewer.getInput() == null || !OutlineShape.same(shown, computed)) {
			shown = computed;
			viewer.setInput(computed);
			viewer.expandAll();
		}
		if (editor.getSelectionProvider() != null) {
			followCaret(editor.getSelectionProvider().getSelection());
		}
	}

	private void followCaret(ISelection selection) {
		TreeViewer viewer = getTreeViewer();
		if (!(selection instanceof ITextSelection text) || viewer == null || viewer.getControl().isDisposed()) {
			return;
		}
		OutlineEntry nearest = OutlineShape.counterpart(entries, shown, OutlineEntries.at(entries, text.getOffset()));
		followingEditor = true;
		try {
			viewer.setSelection(nearest == null ? StructuredSelection.EMPTY : new StructuredSelection(nearest), true);
		} finally {
			followingEditor = false;
		}
	}
}
