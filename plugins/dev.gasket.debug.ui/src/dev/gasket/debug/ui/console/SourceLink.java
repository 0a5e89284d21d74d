package dev.gasket.debug.ui.console;

import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.console.IHyperlink;

import dev.gasket.debug.ui.presentation.SourceEditors;

/** A console link to a line of a source file; activating it opens the file there. */
public final class SourceLink implements IHyperlink {

	private final Object source;
	private final int line;

	/** @param source a workspace {@code IFile} or a {@code java.io.File} */
	SourceLink(Object source, int line) {
		this.source = source;
		this.line = line;
	}

	/** The workspace {@code IFile} or {@code java.io.File} the link opens. */
	public Object source() {
		return source;
	}

	public int line() {
		return line;
	}

	@Override
	public void linkActivated() {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		IWorkbenchPage page = window == null ? null : window.getActivePage();
		if (page == null) {
			return;
		}
		try {
			SourceEditors.openAt(page, source, line);
		} catch (PartInitException e) {
			ConsoleStatus.showError("Cannot open " + source + ": " + e.getMessage());
		}
	}

	@Override
	public void linkEntered() {
	}

	@Override
	public void linkExited() {
	}

	@Override
	public String toString() {
		return source + ":" + line;
	}
}
