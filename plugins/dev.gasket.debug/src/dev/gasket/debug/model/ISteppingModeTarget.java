package dev.gasket.debug.model;

/**
 * A target that can step by instruction instead of by source line. The platform has no such interface (CDT's
 * {@code org.eclipse.cdt.debug.core.model.ISteppingModeTarget} is not in Gasket's target platform); this one has
 * the same methods, for the UI's "Instruction Stepping Mode" toggle.
 */
public interface ISteppingModeTarget {

	boolean supportsInstructionStepping();

	/** In instruction stepping mode Step Into and Step Over go one instruction (Step Over runs through calls). */
	void enableInstructionStepping(boolean enabled);

	boolean isInstructionSteppingEnabled();
}
