package dev.gasket.debug.engine;

/** Why a session stopped, as the debugger and {@code gasket run} report it. */
public enum SessionStopReason {
	BREAKPOINT, WATCHPOINT, STEP_END, MODE_CHANGE, EXCEPTION, TRIPLE_FAULT, HALTED, INSTRUCTION_LIMIT, SUSPENDED
}
