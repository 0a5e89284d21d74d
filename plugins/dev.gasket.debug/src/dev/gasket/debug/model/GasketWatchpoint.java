package dev.gasket.debug.model;

import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.model.IWatchpoint;

/** Stops when a data symbol's bytes are written (and, if asked, read); shown on the symbol's defining line. */
public class GasketWatchpoint extends GasketLineBreakpoint implements IWatchpoint {

	public static final String SYMBOL = "dev.gasket.debug.symbol";
	private static final String ACCESS = "dev.gasket.debug.access";
	private static final String MODIFICATION = "dev.gasket.debug.modification";

	/** For the breakpoint manager, which restores breakpoints from their markers. */
	public GasketWatchpoint() {
	}

	public GasketWatchpoint(IResource resource, int lineNumber, String symbol) throws CoreException {
		super(resource, lineNumber, GasketDebugModel.WATCHPOINT_MARKER, "Watchpoint " + symbol);
		setAttributes(new String[] { SYMBOL, MODIFICATION, ACCESS }, new Object[] { symbol, true, false });
	}

	public String getSymbol() {
		return getMarker().getAttribute(SYMBOL, "");
	}

	@Override
	public boolean isAccess() throws CoreException {
		return getMarker().getAttribute(ACCESS, false);
	}

	@Override
	public void setAccess(boolean access) throws CoreException {
		setAttribute(ACCESS, access);
	}

	@Override
	public boolean isModification() throws CoreException {
		return getMarker().getAttribute(MODIFICATION, true);
	}

	@Override
	public void setModification(boolean modification) throws CoreException {
		setAttribute(MODIFICATION, modification);
	}

	@Override
	public boolean supportsAccess() {
		return true;
	}

	@Override
	public boolean supportsModification() {
		return true;
	}
}
