package dev.gasket.debug.ui.presentation;

import org.eclipse.core.runtime.CoreException;

import dev.gasket.debug.model.GasketLineBreakpoint;
import dev.gasket.debug.model.GasketWatchpoint;

/** Breakpoint labels for the Breakpoints view: {@code trampoline_64.S [line: 93] [if %rax == 0] [hit count: 2]}. */
final class BreakpointText {

	private BreakpointText() {
	}

	static String of(GasketLineBreakpoint breakpoint) throws CoreException {
		String file = breakpoint.getMarker().getResource().getName();
		StringBuilder text = new StringBuilder();
		if (breakpoint instanceof GasketWatchpoint watchpoint) {
			text.append(watchpoint.getSymbol()).append(" [").append(accessKind(watchpoint)).append("] - ");
		}
		text.append(file).append(" [line: ").append(breakpoint.getLineNumber()).append(']');
		if (!breakpoint.getCondition().isEmpty()) {
			text.append(" [if ").append(breakpoint.getCondition()).append(']');
		}
		if (breakpoint.getHitCount() > 0) {
			text.append(" [hit count: ").append(breakpoint.getHitCount()).append(']');
		}
		return text.toString();
	}

	private static String accessKind(GasketWatchpoint watchpoint) throws CoreException {
		if (watchpoint.isAccess() && watchpoint.isModification()) {
			return "read/write";
		}
		return watchpoint.isAccess() ? "read" : "write";
	}
}
