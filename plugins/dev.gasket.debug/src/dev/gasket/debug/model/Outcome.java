package dev.gasket.debug.model;

import java.util.List;

import org.eclipse.debug.core.DebugEvent;
import org.eclipse.debug.core.model.IBreakpoint;

import dev.gasket.debug.engine.SessionStop;

/**
 * How a resume or step of the debug model ended.
 *
 * @param stop        where and why the engine stopped
 * @param breakpoints the user's breakpoints that stopped it (their condition held and hit count was reached)
 * @param stepEnded   the step or run-to-line reached its goal, whatever the engine's reason
 */
record Outcome(SessionStop stop, List<IBreakpoint> breakpoints, boolean stepEnded) {

	Outcome {
		breakpoints = List.copyOf(breakpoints);
	}

	static Outcome stepEnd(SessionStop stop) {
		return new Outcome(stop, List.of(), true);
	}

	static Outcome of(SessionStop stop) {
		return new Outcome(stop, List.of(), false);
	}

	/** The detail of the suspend event. */
	int eventDetail() {
		if (stepEnded) {
			return DebugEvent.STEP_END;
		}
		return switch (stop.reason()) {
			case STEP_END, INSTRUCTION_LIMIT -> DebugEvent.STEP_END;
			case BREAKPOINT, WATCHPOINT, EXCEPTION, MODE_CHANGE, TRIPLE_FAULT -> DebugEvent.BREAKPOINT;
			case SUSPENDED -> DebugEvent.CLIENT_REQUEST;
			case HALTED -> DebugEvent.UNSPECIFIED;
		};
	}
}
