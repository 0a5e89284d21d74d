package dev.gasket.debug.ui.presentation;

import org.eclipse.debug.core.model.IDebugTarget;
import org.eclipse.debug.core.model.IRegister;
import org.eclipse.debug.core.model.IRegisterGroup;
import org.eclipse.debug.core.model.IStackFrame;
import org.eclipse.debug.core.model.IThread;
import org.eclipse.debug.core.model.IVariable;
import org.eclipse.debug.ui.DebugUITools;
import org.eclipse.debug.ui.IDebugUIConstants;
import org.eclipse.swt.graphics.Image;

/**
 * The platform's debug images for Gasket elements, chosen by kind and state (breakpoints: {@code BreakpointLabels});
 * the debug plug-in owns and disposes them.
 */
final class DebugElementImages {

	private DebugElementImages() {
	}

	static Image of(Object element) {
		String key = key(element);
		return key == null ? null : DebugUITools.getImage(key);
	}

	private static String key(Object element) {
		if (element instanceof IDebugTarget target) {
			return target.isTerminated() ? IDebugUIConstants.IMG_OBJS_DEBUG_TARGET_TERMINATED
					: target.isSuspended() ? IDebugUIConstants.IMG_OBJS_DEBUG_TARGET_SUSPENDED : IDebugUIConstants.IMG_OBJS_DEBUG_TARGET;
		}
		if (element instanceof IThread thread) {
			return thread.isTerminated() ? IDebugUIConstants.IMG_OBJS_THREAD_TERMINATED
					: thread.isSuspended() ? IDebugUIConstants.IMG_OBJS_THREAD_SUSPENDED : IDebugUIConstants.IMG_OBJS_THREAD_RUNNING;
		}
		if (element instanceof IStackFrame) {
			return IDebugUIConstants.IMG_OBJS_STACKFRAME;
		}
		if (element instanceof IRegisterGroup) {
			return IDebugUIConstants.IMG_OBJS_REGISTER_GROUP;
		}
		if (element instanceof IRegister) {
			return IDebugUIConstants.IMG_OBJS_REGISTER;
		}
		if (element instanceof IVariable) {
			return IDebugUIConstants.IMG_OBJS_VARIABLE;
		}
		return null;
	}
}
