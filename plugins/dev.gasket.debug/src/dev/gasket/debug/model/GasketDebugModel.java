package dev.gasket.debug.model;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;

/** Identifiers shared by the Gasket debug model, its breakpoints and its presentation. */
public final class GasketDebugModel {

	/** The model identifier of every Gasket debug element and breakpoint. */
	public static final String ID = "dev.gasket.debug";
	public static final String LAUNCH_TYPE = "dev.gasket.debug.launchType";
	public static final String LINE_BREAKPOINT_MARKER = "dev.gasket.debug.lineBreakpointMarker";
	public static final String WATCHPOINT_MARKER = "dev.gasket.debug.watchpointMarker";
	/** {@link org.eclipse.debug.core.model.IProcess#ATTR_PROCESS_TYPE} of the process a Gasket launch shows in the console. */
	public static final String PROCESS_TYPE = "dev.gasket.debug.emulator";

	private GasketDebugModel() {
	}

	/** An error status of this bundle. */
	public static IStatus status(int code, String message) {
		return new Status(IStatus.ERROR, ID, code, message, null);
	}
}
