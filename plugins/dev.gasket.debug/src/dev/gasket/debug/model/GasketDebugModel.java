package dev.gasket.debug.model;

/** Identifiers shared by the Gasket debug model, its breakpoints and its presentation. */
public final class GasketDebugModel {

	/** The model identifier of every Gasket debug element and breakpoint. */
	public static final String ID = "dev.gasket.debug";
	public static final String LAUNCH_TYPE = "dev.gasket.debug.launchType";
	public static final String LINE_BREAKPOINT_MARKER = "dev.gasket.debug.lineBreakpointMarker";
	public static final String WATCHPOINT_MARKER = "dev.gasket.debug.watchpointMarker";

	private GasketDebugModel() {
	}
}
