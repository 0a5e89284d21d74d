package dev.gasket.debug.ui.disassembly;

import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.debug.core.DebugEvent;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.IDebugEventSetListener;
import org.eclipse.debug.core.model.IDebugElement;
import org.eclipse.debug.core.model.IThread;
import org.eclipse.debug.ui.DebugUITools;
import org.eclipse.debug.ui.contexts.DebugContextEvent;
import org.eclipse.debug.ui.contexts.IDebugContextListener;
import org.eclipse.debug.ui.contexts.IDebugContextService;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchWindow;

import dev.gasket.debug.model.GasketDebugModel;
import dev.gasket.debug.model.GasketStackFrame;

/**
 * Tells a view which Gasket frame to show, on the UI thread: the frame selected in the Debug view (the top frame of
 * a thread selected as a whole), again after each suspend of a Gasket session, and none once it resumes.
 */
final class FrameFollower implements IDebugContextListener, IDebugEventSetListener {
	private final IDebugContextService contexts;
	private final Consumer<Optional<GasketStackFrame>> show;

	FrameFollower(IWorkbenchWindow window, Consumer<Optional<GasketStackFrame>> show) {
		this.contexts = DebugUITools.getDebugContextManager().getContextService(window);
		this.show = show;
		contexts.addDebugContextListener(this);
		DebugPlugin.getDefault().addDebugEventListener(this);
		show.accept(frame(contexts.getActiveContext()));
	}

	void dispose() {
		DebugPlugin.getDefault().removeDebugEventListener(this);
		contexts.removeDebugContextListener(this);
	}

	@Override
	public void debugContextChanged(DebugContextEvent event) {
		show.accept(frame(event.getContext()));
	}

	/** Runs on the thread that fires the events (the engine thread): hands over to the UI thread. */
	@Override
	public void handleDebugEvents(DebugEvent[] events) {
		for (DebugEvent event : events) {
			if (event.getSource() instanceof IDebugElement element && GasketDebugModel.ID.equals(element.getModelIdentifier())
					&& (event.getKind() == DebugEvent.SUSPEND || event.getKind() == DebugEvent.RESUME || event.getKind() == DebugEvent.TERMINATE)) {
				Display.getDefault().asyncExec(() -> show.accept(frame(contexts.getActiveContext())));
				return;
			}
		}
	}

	private static Optional<GasketStackFrame> frame(ISelection context) {
		if (!(context instanceof IStructuredSelection selection)) {
			return Optional.empty();
		}
		Object element = selection.getFirstElement();
		if (element instanceof GasketStackFrame frame) {
			return frame.isSuspended() ? Optional.of(frame) : Optional.empty();
		}
		if (element instanceof IThread thread && GasketDebugModel.ID.equals(thread.getModelIdentifier())) {
			try {
				return thread.getTopStackFrame() instanceof GasketStackFrame top ? Optional.of(top) : Optional.empty();
			} catch (org.eclipse.debug.core.DebugException e) {
				return Optional.empty();
			}
		}
		return Optional.empty();
	}
}
