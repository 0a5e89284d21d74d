package dev.gasket.debug.ui.console;

import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.console.IConsoleConstants;

/** Messages in the Console view's status line, where the user just clicked a link. */
final class ConsoleStatus {

	private ConsoleStatus() {
	}

	static void showError(String message) {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		IViewPart console = window == null || window.getActivePage() == null ? null
				: window.getActivePage().findView(IConsoleConstants.ID_CONSOLE_VIEW);
		if (console != null) {
			console.getViewSite().getActionBars().getStatusLineManager().setErrorMessage(message);
		}
	}
}
