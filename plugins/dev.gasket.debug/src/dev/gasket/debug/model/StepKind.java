package dev.gasket.debug.model;

import org.eclipse.debug.core.DebugEvent;

/** The platform's three step commands with the detail of their resume event. */
enum StepKind {
	INTO(DebugEvent.STEP_INTO), OVER(DebugEvent.STEP_OVER), RETURN(DebugEvent.STEP_RETURN);

	final int eventDetail;

	StepKind(int eventDetail) {
		this.eventDetail = eventDetail;
	}
}
