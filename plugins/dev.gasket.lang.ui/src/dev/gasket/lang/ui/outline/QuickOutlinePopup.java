package dev.gasket.lang.ui.outline;

import java.util.List;
import java.util.Optional;

import org.eclipse.jface.dialogs.IDialogSettings;
import org.eclipse.jface.dialogs.PopupDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.texteditor.ITextEditor;
import org.osgi.framework.FrameworkUtil;

import dev.gasket.lang.ide.navigation.OutlineEntry;

/**
 * The quick outline (Ctrl+O): the Outline view's tree in a popup over the editor, narrowed as a filter is typed.
 * Enter or a double click goes to the selected entry (while filtering, the first match is selected) and closes it;
 * Esc or clicking elsewhere closes it. The window is the shell's data, as for every JFace window.
 */
public class QuickOutlinePopup extends PopupDialog {
	private static final String SETTINGS_SECTION = "QuickOutline";

	private final ITextEditor editor;
	private final List<OutlineEntry> entries;
	private final int caret;
	private final NameFilter filter;
	private Text filterText;
	private TreeViewer viewer;

	public QuickOutlinePopup(Shell parent, ITextEditor editor, List<OutlineEntry> entries, int caret) {
		super(parent, SWT.RESIZE, true, true, true, false, false, null,
				"Type the start of a name, of its words (b_f, bF) or a pattern (*flag). Enter goes to the selection.");
		this.editor = editor;
		this.entries = entries;
		this.caret = caret;
		this.filter = new NameFilter(entries);
	}

	/** The filter in place of a title, as in the Java editor's quick outline. */
	@Override
	protected boolean hasTitleArea() {
		return true;
	}

	@Override
	protected Control createTitleControl(Composite parent) {
		filterText = new Text(parent, SWT.SINGLE);
		filterText.setMessage("Filter");
		GridDataFactory.fillDefaults().grab(true, false).applyTo(filterText);
		filterText.addModifyListener(event -> applyFilter());
		filterText.addListener(SWT.DefaultSelection, event -> goToSelection());
		filterText.addListener(SWT.KeyDown, event -> {
			if (event.keyCode == SWT.ARROW_DOWN || event.keyCode == SWT.ARROW_UP) {
				viewer.getTree().setFocus();
			}
		});
		return filterText;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		viewer = new TreeViewer(parent, SWT.SINGLE | SWT.H_SCROLL | SWT.V_SCROLL);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer.getControl());
		viewer.setContentProvider(new OutlineContentProvider());
		viewer.setLabelProvider(new OutlineLabelProvider());
		viewer.setComparator(OutlineSorting.comparator());
		viewer.addFilter(filter);
		viewer.setInput(entries);
		viewer.expandAll();
		viewer.addOpenListener(event -> goToSelection());
		OutlineEntry atCaret = OutlineEntries.at(entries, caret);
		if (atCaret != null) {
			viewer.setSelection(new StructuredSelection(atCaret), true);
		}
		return viewer.getControl();
	}

	@Override
	protected Control getFocusControl() {
		return filterText;
	}

	@Override
	protected Point getDefaultSize() {
		return new Point(filterText.getShell().getDisplay().getDPI().x * 5, filterText.getShell().getDisplay().getDPI().y * 4);
	}

	@Override
	protected IDialogSettings getDialogSettings() {
		IDialogSettings settings = PlatformUI.getDialogSettingsProvider(FrameworkUtil.getBundle(QuickOutlinePopup.class)).getDialogSettings();
		IDialogSettings section = settings.getSection(SETTINGS_SECTION);
		return section != null ? section : settings.addNewSection(SETTINGS_SECTION);
	}

	private void applyFilter() {
		filter.setText(filterText.getText());
		viewer.getControl().setRedraw(false);
		try {
			viewer.refresh();
			viewer.expandAll();
			firstMatch(viewer.getTree().getItems()).ifPresent(first -> viewer.setSelection(new StructuredSelection(first), true));
		} finally {
			viewer.getControl().setRedraw(true);
		}
	}

	/** The first entry shown, top to bottom, whose own name matches. */
	private Optional<OutlineEntry> firstMatch(TreeItem[] items) {
		for (TreeItem item : items) {
			if (item.getData() instanceof OutlineEntry entry && filter.matches(entry)) {
				return Optional.of(entry);
			}
			Optional<OutlineEntry> below = firstMatch(item.getItems());
			if (below.isPresent()) {
				return below;
			}
		}
		return Optional.empty();
	}

	private void goToSelection() {
		if (((IStructuredSelection) viewer.getSelection()).getFirstElement() instanceof OutlineEntry entry) {
			close();
			editor.selectAndReveal(entry.symbol().offset(), entry.symbol().length());
		}
	}
}
