package dev.gasket.lang.ui.references;

import org.eclipse.core.filesystem.IFileStore;
import org.eclipse.core.resources.IFile;
import org.eclipse.jface.viewers.AbstractTreeViewer;
import org.eclipse.jface.viewers.DelegatingStyledCellLabelProvider;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.search.ui.text.AbstractTextSearchViewPage;
import org.eclipse.search.ui.text.Match;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;

/**
 * The Search view's page for Find References: a tree of files and their references, or a flat list. Only a reference
 * counts as a displayed match, so opening (double-click, Enter) a file expands it and next/previous match step through
 * the references one by one; opening a reference selects the name in the file's editor.
 */
public class ReferencesSearchPage extends AbstractTextSearchViewPage {

	public ReferencesSearchPage() {
		super(FLAG_LAYOUT_TREE | FLAG_LAYOUT_FLAT);
	}

	@Override
	protected void configureTreeViewer(TreeViewer viewer) {
		viewer.setAutoExpandLevel(AbstractTreeViewer.ALL_LEVELS);
		configure(viewer, false);
	}

	@Override
	protected void configureTableViewer(TableViewer viewer) {
		configure(viewer, true);
	}

	private void configure(StructuredViewer viewer, boolean flat) {
		viewer.setUseHashlookup(true);
		viewer.setContentProvider(new ReferencesContentProvider(flat));
		viewer.setLabelProvider(new DelegatingStyledCellLabelProvider(new ReferencesLabelProvider(this, flat)));
	}

	@Override
	protected void elementsChanged(Object[] files) {
		getViewer().refresh();
		if (getViewer() instanceof TreeViewer tree) {
			for (Object file : files) {
				tree.expandToLevel(file, AbstractTreeViewer.ALL_LEVELS);
			}
		}
	}

	@Override
	protected void clear() {
		getViewer().refresh();
	}

	@Override
	public Match[] getDisplayedMatches(Object element) {
		return element instanceof ReferenceMatch match && getInput() != null && !match.isFiltered() ? new Match[] { match } : EMPTY_MATCH_ARRAY;
	}

	@Override
	public int getDisplayedMatchCount(Object element) {
		return getDisplayedMatches(element).length;
	}

	@Override
	protected void showMatch(Match match, int offset, int length, boolean activate) throws PartInitException {
		IWorkbenchPage page = getSite().getPage();
		if (match.getElement() instanceof IFile file) {
			openAndSelect(page, file, offset, length, activate);
		} else if (match.getElement() instanceof IFileStore outside) {
			IEditorPart editor = IDE.openEditorOnFileStore(page, outside);
			if (editor instanceof ITextEditor textEditor) {
				textEditor.selectAndReveal(offset, length);
			}
		}
	}
}
