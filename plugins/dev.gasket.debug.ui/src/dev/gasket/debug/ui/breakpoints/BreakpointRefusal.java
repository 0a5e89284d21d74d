package dev.gasket.debug.ui.breakpoints;

/** Why a breakpoint or watchpoint cannot be set where the user asked; the message is shown to the user as it is. */
public final class BreakpointRefusal extends Exception {
	private static final long serialVersionUID = 1L;

	public BreakpointRefusal(String message) {
		super(message);
	}
}
