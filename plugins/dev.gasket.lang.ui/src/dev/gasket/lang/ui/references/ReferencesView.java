package dev.gasket.lang.ui.references;

import java.util.List;
import java.util.function.Function;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.part.ViewPart;

import dev.gasket.lang.ui.editor.SourceOpener;

/**
 * The results of Find References: one row per place (file, line, the line's text), the definition first; opening a row
 * selects the name in its file. A plain view because the target platform has no {@code org.eclipse.search} bundle.
 */
public class ReferencesView extends ViewPart {
	public static final String ID = "dev.gasket.lang.ui.references";

	private TableViewer table;
	private List<ReferenceMatch> matches = List.of();

	@Override
	public void createPartControl(Composite parent) {
		table = new TableViewer(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
		table.getTable().setHeaderVisible(true);
		table.setContentProvider(ArrayContentProvider.getInstance());
		column("File", 260, match -> displayName(match));
		column("Line", 60, match -> Integer.toString(match.location().line()));
		column("Text", 600, match -> (match.definition() ? "[definition] " : "") + match.lineText().strip());
		table.addOpenListener(event -> {
			if (event.getSelection() instanceof IStructuredSelection selection && selection.getFirstElement() instanceof ReferenceMatch match) {
				SourceOpener.open(match.location());
			}
		});
		table.setInput(matches);
	}

	private void column(String title, int width, Function<ReferenceMatch, String> text) {
		TableViewerColumn column = new TableViewerColumn(table, SWT.NONE);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((ReferenceMatch) element);
			}
		});
	}

	/** The workspace path of a workspace file, else the path in the file system. */
	private static String displayName(ReferenceMatch match) {
		IFile[] files = ResourcesPlugin.getWorkspace().getRoot().findFilesForLocationURI(match.file().toUri());
		return files.length > 0 ? files[0].getFullPath().makeRelative().toString() : match.file().toString();
	}

	public void show(SymbolReferences.Found found) {
		matches = found.matches();
		setContentDescription(matches.size() + (matches.size() == 1 ? " place names " : " places name ") + found.symbol());
		table.setInput(matches);
	}

	/** What the view lists, in its order. */
	public List<ReferenceMatch> matches() {
		return matches;
	}

	@Override
	public void setFocus() {
		table.getControl().setFocus();
	}
}
