package dev.gasket.debug.ui.breakpoints;

import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.model.IBreakpoint;
import org.eclipse.debug.ui.DebugUITools;
import org.eclipse.debug.ui.IDebugUIConstants;
import org.eclipse.swt.graphics.Image;

import dev.gasket.debug.model.GasketLineBreakpoint;
import dev.gasket.debug.model.GasketWatchpoint;

/** How Gasket breakpoints are shown in the Breakpoints view, for the model presentation to delegate to. */
public final class BreakpointLabels {

	private BreakpointLabels() {
	}

	/**
	 * {@code trampoline_64.S [line: 145]} or {@code tr_lock (write) — trampoline_64.S [line: 245]}, followed by
	 * {@code [hit count: 3]} and {@code [condition: tr_lock != 0]} when they are set.
	 */
	public static String label(IBreakpoint breakpoint) {
		IMarker marker = breakpoint.getMarker();
		if (marker == null || !marker.exists()) {
			return "deleted breakpoint";
		}
		StringBuilder label = new StringBuilder();
		if (breakpoint instanceof GasketWatchpoint watchpoint) {
			label.append(watchpoint.getSymbol()).append(" (").append(accesses(watchpoint)).append(") \u2014 ");
		}
		label.append(marker.getResource().getName()).append(" [line: ").append(marker.getAttribute(IMarker.LINE_NUMBER, -1)).append(']');
		if (breakpoint instanceof GasketLineBreakpoint line) {
			if (line.getHitCount() > 0) {
				label.append(" [hit count: ").append(line.getHitCount()).append(']');
			}
			if (!line.getCondition().isEmpty()) {
				label.append(" [condition: ").append(line.getCondition()).append(']');
			}
		}
		return label.toString();
	}

	/** The debug platform's image for the kind of breakpoint, greyed when it is disabled. */
	public static Image image(IBreakpoint breakpoint) {
		boolean enabled = isEnabled(breakpoint);
		if (breakpoint instanceof GasketWatchpoint) {
			return DebugUITools.getImage(enabled ? IDebugUIConstants.IMG_OBJS_WATCHPOINT : IDebugUIConstants.IMG_OBJS_WATCHPOINT_DISABLED);
		}
		return DebugUITools.getImage(enabled ? IDebugUIConstants.IMG_OBJS_BREAKPOINT : IDebugUIConstants.IMG_OBJS_BREAKPOINT_DISABLED);
	}

	/** "write", "read" or "read/write": which accesses stop. */
	private static String accesses(GasketWatchpoint watchpoint) {
		try {
			boolean read = watchpoint.isAccess();
			boolean write = watchpoint.isModification();
			return read && write ? "read/write" : read ? "read" : write ? "write" : "no access";
		} catch (CoreException e) {
			return "unreadable: " + e.getMessage();
		}
	}

	private static boolean isEnabled(IBreakpoint breakpoint) {
		try {
			return breakpoint.isEnabled();
		} catch (CoreException e) {
			// a breakpoint whose marker is gone cannot stop anything
			return false;
		}
	}
}
