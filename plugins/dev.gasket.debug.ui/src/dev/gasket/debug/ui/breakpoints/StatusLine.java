package dev.gasket.debug.ui.breakpoints;

import org.eclipse.core.runtime.Adapters;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.texteditor.IEditorStatusLine;

/** Messages in the editor's status line, which clear themselves when the caret moves. */
final class StatusLine {

	private StatusLine() {
	}

	static void showError(IWorkbenchPart part, String message) {
		IEditorStatusLine statusLine = Adapters.adapt(part, IEditorStatusLine.class);
		if (statusLine != null) {
			statusLine.setMessage(true, message, PlatformUI.getWorkbench().getSharedImages().getImage(ISharedImages.IMG_OBJS_ERROR_TSK));
		}
		part.getSite().getShell().getDisplay().beep();
	}

	static void clear(IWorkbenchPart part) {
		IEditorStatusLine statusLine = Adapters.adapt(part, IEditorStatusLine.class);
		if (statusLine != null) {
			statusLine.setMessage(false, null, null);
		}
	}
}
