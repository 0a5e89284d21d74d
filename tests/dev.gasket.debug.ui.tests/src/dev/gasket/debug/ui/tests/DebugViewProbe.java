package dev.gasket.debug.ui.tests;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.eclipse.debug.ui.DebugUITools;
import org.eclipse.debug.ui.IDebugUIConstants;
import org.eclipse.debug.ui.IDebugView;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.PartInitException;

/**
 * The Debug view as a user works it: click an element of the launch tree (making it the debug context), look at the
 * view's toolbar. Clicks, not the viewer's setSelection: the view keeps a suspended frame selected against
 * programmatic selections of other elements.
 */
final class DebugViewProbe {
	private final IDebugView view;

	private DebugViewProbe(IDebugView view) {
		this.view = view;
	}

	static DebugViewProbe show() throws PartInitException {
		DebugViewProbe probe = new DebugViewProbe((IDebugView) Ui.page().showView(IDebugUIConstants.ID_DEBUG_VIEW));
		Ui.flushEvents();
		return probe;
	}

	/** Clicks {@code element} once the tree shows it and waits until it is the debug context. */
	void select(Object element) {
		Tree tree = (Tree) view.getViewer().getControl();
		Ui.waitUntil("the Debug view shows " + element, () -> item(tree.getItems(), element).isPresent());
		TreeItem item = item(tree.getItems(), element).orElseThrow();
		tree.setSelection(item);
		Event click = new Event();
		click.item = item;
		tree.notifyListeners(SWT.Selection, click);
		Ui.waitUntil("the debug context is " + element, () -> DebugUITools.getDebugContext() == element);
	}

	/** The item of the view's own toolbar whose tooltip is {@code tooltip}. */
	Optional<ToolItem> toolItem(String tooltip) {
		List<ToolBar> bars = Ui.find(view.getSite().getShell(), ToolBar.class, bar -> true);
		return bars.stream().flatMap(bar -> Arrays.stream(bar.getItems())).filter(item -> tooltip.equals(item.getToolTipText())).findFirst();
	}

	private static Optional<TreeItem> item(TreeItem[] items, Object element) {
		for (TreeItem item : items) {
			if (item.getData() == element) {
				return Optional.of(item);
			}
			Optional<TreeItem> below = item(item.getItems(), element);
			if (below.isPresent()) {
				return below;
			}
		}
		return Optional.empty();
	}
}
