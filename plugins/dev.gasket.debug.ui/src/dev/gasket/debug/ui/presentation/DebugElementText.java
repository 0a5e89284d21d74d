package dev.gasket.debug.ui.presentation;

import java.io.File;

import org.eclipse.core.resources.IResource;
import org.eclipse.debug.core.DebugException;
import org.eclipse.debug.core.model.IBreakpoint;
import org.eclipse.debug.core.model.IDebugTarget;
import org.eclipse.debug.core.model.ISourceLocator;
import org.eclipse.debug.core.model.IStackFrame;
import org.eclipse.debug.core.model.IThread;
import org.eclipse.debug.core.model.IValue;
import org.eclipse.debug.core.model.IVariable;

/**
 * The Debug view's words for Gasket elements: the target with its state, each CPU with why it stopped, each frame
 * with its source line ({@code trampoline_start64+0x10 at trampoline_64.S:93}).
 */
final class DebugElementText {

	private DebugElementText() {
	}

	static String target(IDebugTarget target) throws DebugException {
		String state = target.isTerminated() ? " <terminated>" : target.isSuspended() ? " (suspended)" : " (running)";
		return target.getName() + state;
	}

	static String thread(IThread thread) throws DebugException {
		if (thread.isTerminated()) {
			return thread.getName() + " (terminated)";
		}
		if (!thread.isSuspended()) {
			return thread.getName() + " (running)";
		}
		IBreakpoint[] breakpoints = thread.getBreakpoints();
		return thread.getName() + (breakpoints.length > 0 ? " (suspended at a breakpoint)" : " (suspended)");
	}

	static String frame(IStackFrame frame) throws DebugException {
		String file = sourceName(frame);
		int line = frame.getLineNumber();
		if (file == null || line <= 0) {
			return frame.getName();
		}
		return frame.getName() + " at " + file + ":" + line;
	}

	static String variable(IVariable variable) throws DebugException {
		IValue value = variable.getValue();
		return variable.getName() + " = " + (value == null ? "" : value.getValueString());
	}

	/** The file name the launch's source locator finds for the frame: a workspace file or one outside. */
	private static String sourceName(IStackFrame frame) {
		ISourceLocator locator = frame.getLaunch() == null ? null : frame.getLaunch().getSourceLocator();
		Object source = locator == null ? null : locator.getSourceElement(frame);
		if (source instanceof IResource resource) {
			return resource.getName();
		}
		if (source instanceof File file) {
			return file.getName();
		}
		return null;
	}
}
