package dev.gasket.debug.ui.breakpoints;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Stream;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.model.IBreakpoint;

import dev.gasket.debug.model.GasketDebugModel;
import dev.gasket.debug.model.GasketWatchpoint;

/** The Gasket breakpoints the breakpoint manager holds, found by place or by watched symbol. */
public final class GasketBreakpoints {

	private GasketBreakpoints() {
	}

	/** Every Gasket line breakpoint and watchpoint, in the manager's order. */
	public static Stream<IBreakpoint> all() {
		return Arrays.stream(DebugPlugin.getDefault().getBreakpointManager().getBreakpoints(GasketDebugModel.ID));
	}

	/** The breakpoint or watchpoint shown on 1-based {@code line} of {@code file}. */
	public static Optional<IBreakpoint> at(IFile file, int line) {
		return all().filter(breakpoint -> {
			IMarker marker = breakpoint.getMarker();
			return marker != null && file.equals(marker.getResource()) && marker.getAttribute(IMarker.LINE_NUMBER, -1) == line;
		}).findFirst();
	}

	/** The watchpoint on {@code symbol} as defined in {@code file}. */
	public static Optional<GasketWatchpoint> watching(String symbol, IFile file) {
		return all().filter(GasketWatchpoint.class::isInstance).map(GasketWatchpoint.class::cast)
				.filter(watchpoint -> symbol.equals(watchpoint.getSymbol()) && file.equals(watchpoint.getMarker().getResource())).findFirst();
	}
}
