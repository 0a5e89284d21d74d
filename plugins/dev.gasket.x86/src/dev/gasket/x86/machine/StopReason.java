package dev.gasket.x86.machine;

/** Why {@link Machine#run} or {@link Machine#step} returned. */
public enum StopReason {
	/** One instruction was executed, as asked. */
	STEP,
	BREAKPOINT,
	WATCHPOINT,
	/** CR0.PE, EFER.LMA or CS.L/D changed the CPU mode (with "stop on mode change"). */
	MODE_CHANGE,
	/** An instruction faulted (with "stop on exception"); resuming delivers the exception. */
	EXCEPTION,
	/** An exception could not be delivered even as a double fault: the CPU shut down. */
	TRIPLE_FAULT,
	/** {@code hlt}: no interrupt sources are emulated, so nothing would wake the CPU. */
	HALTED,
	INSTRUCTION_LIMIT,
	STOP_REQUESTED
}
