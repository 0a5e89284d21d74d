package dev.gasket.debug.model;

import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.model.IBreakpoint;
import org.eclipse.debug.core.model.LineBreakpoint;

/** A breakpoint on a source line, with an optional condition and hit count; persisted as a marker. */
public class GasketLineBreakpoint extends LineBreakpoint {

	/** An expression of the session's {@code Expression} language; the breakpoint stops only where it is non-zero. */
	public static final String CONDITION = "dev.gasket.debug.condition";
	/** Stops on the n-th hit only (and every hit after it); 0 or absent: every hit. */
	public static final String HIT_COUNT = "dev.gasket.debug.hitCount";

	/** For the breakpoint manager, which restores breakpoints from their markers. */
	public GasketLineBreakpoint() {
	}

	public GasketLineBreakpoint(IResource resource, int lineNumber) throws CoreException {
		this(resource, lineNumber, GasketDebugModel.LINE_BREAKPOINT_MARKER, "Line breakpoint");
	}

	protected GasketLineBreakpoint(IResource resource, int lineNumber, String markerType, String kind) throws CoreException {
		run(getMarkerRule(resource), monitor -> {
			IMarker marker = resource.createMarker(markerType);
			setMarker(marker);
			marker.setAttribute(IBreakpoint.ENABLED, true);
			marker.setAttribute(IBreakpoint.ID, getModelIdentifier());
			marker.setAttribute(IMarker.LINE_NUMBER, lineNumber);
			marker.setAttribute(IMarker.MESSAGE, kind + ": " + resource.getName() + " [line: " + lineNumber + "]");
		});
	}

	@Override
	public String getModelIdentifier() {
		return GasketDebugModel.ID;
	}

	public String getCondition() {
		return getMarker().getAttribute(CONDITION, "");
	}

	public void setCondition(String condition) throws CoreException {
		setAttribute(CONDITION, condition.isBlank() ? null : condition.strip());
	}

	public int getHitCount() {
		return getMarker().getAttribute(HIT_COUNT, 0);
	}

	public void setHitCount(int count) throws CoreException {
		if (count < 0) {
			throw new IllegalArgumentException("a hit count is 0 (every hit) or positive, not " + count);
		}
		setAttribute(HIT_COUNT, count);
	}
}
