package dev.gasket.debug.ui.tests;

import java.util.Arrays;
import java.util.Optional;

import org.eclipse.debug.ui.IDebugUIConstants;
import org.eclipse.debug.ui.IDebugView;
import org.eclipse.e4.ui.model.application.ui.MElementContainer;
import org.eclipse.e4.ui.model.application.ui.MUIElement;
import org.eclipse.e4.ui.model.application.ui.advanced.MPerspective;
import org.eclipse.e4.ui.model.application.ui.basic.MPartSashContainer;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.model.application.ui.basic.MStackElement;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;

/**
 * The Debug perspective arranged so that everything a stepping user watches is visible at once (the Registers view
 * out from behind the Variables view), and the debug views' trees read and expanded as a user clicks them open.
 */
final class DebugLayout {

	private DebugLayout() {
	}

	/** The Registers view in a stack of its own below the Variables view's, and the window as large as the screen. */
	static void showRegistersBelowVariables() throws Exception {
		IWorkbenchWindow workbenchWindow = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		workbenchWindow.getShell().setBounds(workbenchWindow.getShell().getDisplay().getPrimaryMonitor().getClientArea());
		IWorkbenchPage page = Ui.page();
		page.showView(IDebugUIConstants.ID_REGISTER_VIEW);
		page.showView(IDebugUIConstants.ID_VARIABLE_VIEW);
		MWindow window = workbenchWindow.getService(MWindow.class);
		EModelService models = workbenchWindow.getService(EModelService.class);
		MPerspective perspective = models.getActivePerspective(window);
		MStackElement registers = (MStackElement) models.find(IDebugUIConstants.ID_REGISTER_VIEW, perspective);
		Object variablesParent = models.find(IDebugUIConstants.ID_VARIABLE_VIEW, perspective).getParent();
		if (variablesParent instanceof MPartStack variablesStack) {
			MPartStack below = models.createModelElement(MPartStack.class);
			models.insert(below, variablesStack, EModelService.BELOW, 0.65f);
			models.move(registers, below);
			below.setSelectedElement(registers);
			widen(below, 0.45);
		}
		page.showView(IDebugUIConstants.ID_VARIABLE_VIEW, null, IWorkbenchPage.VIEW_VISIBLE);
		page.showView(IDebugUIConstants.ID_REGISTER_VIEW, null, IWorkbenchPage.VIEW_VISIBLE);
		Ui.flushEvents();
	}

	/** Gives the column holding {@code element} {@code share} of the window's width, so the value columns show whole. */
	private static void widen(MUIElement element, double share) {
		MUIElement column = element;
		MElementContainer<MUIElement> parent = column.getParent();
		while (parent != null && !((Object) parent instanceof MPartSashContainer sash && sash.isHorizontal())) {
			column = parent;
			parent = parent.getParent();
		}
		if (parent == null) {
			return;
		}
		double others = 0;
		for (MUIElement sibling : parent.getChildren()) {
			if (sibling != column) {
				others += weight(sibling);
			}
		}
		column.setContainerData(String.valueOf(Math.round(others * share / (1 - share))));
	}

	private static double weight(MUIElement element) {
		try {
			return Double.parseDouble(element.getContainerData());
		} catch (NullPointerException | NumberFormatException unset) {
			return 0;
		}
	}

	/** The tree of a debug view (Debug, Variables, Registers). */
	static Tree tree(String viewId) {
		if (!(Ui.page().findView(viewId) instanceof IDebugView view) || !(view.getViewer().getControl() instanceof Tree tree)) {
			throw new AssertionError("no open debug view " + viewId + " with a tree");
		}
		return tree;
	}

	/** The item among {@code items} whose first column reads {@code name}. */
	static Optional<TreeItem> item(TreeItem[] items, String name) {
		return Arrays.stream(items).filter(item -> !item.isDisposed() && name.equals(item.getText(0))).findFirst();
	}

	/**
	 * The item at {@code path} (first-column names from the root), opening the items on the way as clicks on their
	 * twisties do; again after a refresh of the view closed or replaced them.
	 */
	static TreeItem open(Tree tree, String... path) {
		TreeItem[] found = new TreeItem[1];
		Ui.waitUntil("the tree shows " + String.join(" > ", path), () -> {
			TreeItem[] items = tree.getItems();
			for (int depth = 0; depth < path.length; depth++) {
				Optional<TreeItem> next = item(items, path[depth]);
				if (next.isEmpty()) {
					return false;
				}
				if (depth < path.length - 1) {
					if (!next.get().getExpanded()) {
						expand(next.get());
					}
					items = next.get().getItems();
				}
				found[0] = next.get();
			}
			return true;
		});
		return found[0];
	}

	/** Opens a tree item as its twistie does: the tree is told first, so a lazy viewer fetches the children. */
	static void expand(TreeItem item) {
		Event event = new Event();
		event.item = item;
		item.getParent().notifyListeners(SWT.Expand, event);
		item.setExpanded(true);
		Ui.flushEvents();
	}
}
