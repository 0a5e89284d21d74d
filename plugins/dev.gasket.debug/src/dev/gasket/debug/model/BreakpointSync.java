package dev.gasket.debug.model;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.model.IBreakpoint;

import dev.gasket.debug.engine.Breakpoint;
import dev.gasket.debug.engine.DebugSession;
import dev.gasket.debug.engine.SessionStop;
import dev.gasket.x86.machine.Watchpoint;

/**
 * Mirrors the enabled Gasket breakpoints of the breakpoint manager in the engine: line breakpoints (with their
 * condition) as engine breakpoints, watchpoints as engine watchpoints. Hit counts are counted here. Runs on the
 * engine thread only.
 */
final class BreakpointSync {

	/** One user breakpoint as the engine has it, and how often its condition held there. */
	private static final class Installed {
		final Optional<Breakpoint> line;
		final Optional<Watchpoint> watch;
		final String condition;
		final int hitCount;
		int hits;

		Installed(Optional<Breakpoint> line, Optional<Watchpoint> watch, String condition, int hitCount) {
			this.line = line;
			this.watch = watch;
			this.condition = condition;
			this.hitCount = hitCount;
		}
	}

	/** The engine reports where an access starts, not its size; 16 bytes covers the widest data access. */
	private static final int WIDEST_ACCESS = 16;

	private final DebugSession session;
	private final GasketProcess console;
	private final Map<IBreakpoint, Installed> installed = new LinkedHashMap<>();

	BreakpointSync(DebugSession session, GasketProcess console) {
		this.session = session;
		this.console = console;
	}

	void add(IBreakpoint breakpoint) {
		if (installed.containsKey(breakpoint) || !(breakpoint instanceof GasketLineBreakpoint gasket)) {
			return;
		}
		try {
			if (!gasket.isEnabled() || !gasket.getMarker().exists()) {
				return;
			}
			Optional<Path> file = Optional.ofNullable(gasket.getMarker().getResource().getLocation()).map(IPath::toPath)
					.filter(this::isProgramFile);
			if (file.isEmpty()) {
				return;
			}
			String condition = gasket.getCondition();
			Installed entry = gasket instanceof GasketWatchpoint watchpoint ? watch(watchpoint, condition)
					: line(file.get(), gasket.getLineNumber(), condition, gasket.getHitCount());
			if (entry != null) {
				installed.put(breakpoint, entry);
			}
		} catch (CoreException e) {
			console.printError("Breakpoint not installed: " + e.getStatus().getMessage());
		}
	}

	void remove(IBreakpoint breakpoint) {
		Installed entry = installed.remove(breakpoint);
		if (entry != null) {
			entry.line.ifPresent(session::removeBreakpoint);
			entry.watch.ifPresent(session::unwatch);
		}
	}

	/** A changed breakpoint is installed afresh: its line, condition, hit count or kind may have changed. */
	void change(IBreakpoint breakpoint) {
		remove(breakpoint);
		add(breakpoint);
	}

	/**
	 * The user's breakpoints that stop at this breakpoint or watchpoint stop: enabled (also "skip all" off),
	 * condition true, hit count reached. Counts a hit for each whose condition holds.
	 */
	List<IBreakpoint> stopping(SessionStop stop) {
		List<IBreakpoint> stopping = new ArrayList<>();
		if (!DebugPlugin.getDefault().getBreakpointManager().isEnabled()) {
			return stopping;
		}
		installed.forEach((breakpoint, entry) -> {
			boolean here = switch (stop.reason()) {
				case BREAKPOINT -> entry.line.map(line -> line.addresses().contains(stop.address())).orElse(false);
				case WATCHPOINT -> entry.watch.map(watch -> stop.dataAddress().isPresent() && covers(watch, stop.dataAddress().getAsLong())).orElse(false);
				default -> false;
			};
			if (here && conditionHolds(entry) && ++entry.hits >= entry.hitCount) {
				stopping.add(breakpoint);
			}
		});
		return stopping;
	}

	private Installed line(Path file, int lineNumber, String condition, int hitCount) {
		String where = file.getFileName() + ":" + lineNumber;
		try {
			Breakpoint breakpoint = session.addBreakpoint(file + ":" + lineNumber,
					condition.isBlank() ? Optional.empty() : Optional.of(condition));
			if (!breakpoint.note().isEmpty()) {
				console.print("Breakpoint " + where + ": " + breakpoint.note());
			}
			return new Installed(Optional.of(breakpoint), Optional.empty(), condition, hitCount);
		} catch (IllegalArgumentException e) {
			console.printError("Breakpoint " + where + " not installed: " + e.getMessage());
			return null;
		}
	}

	private Installed watch(GasketWatchpoint watchpoint, String condition) throws CoreException {
		boolean reads = watchpoint.isAccess();
		boolean writes = watchpoint.isModification();
		if (!reads && !writes) {
			return null;
		}
		Watchpoint.Kind kind = reads && writes ? Watchpoint.Kind.ACCESS : reads ? Watchpoint.Kind.READ : Watchpoint.Kind.WRITE;
		try {
			return new Installed(Optional.empty(), Optional.of(session.watch(watchpoint.getSymbol(), kind)), condition,
					watchpoint.getHitCount());
		} catch (IllegalArgumentException e) {
			console.printError("Watchpoint " + watchpoint.getSymbol() + " not installed: " + e.getMessage());
			return null;
		}
	}

	private boolean conditionHolds(Installed entry) {
		if (entry.condition.isBlank()) {
			return true;
		}
		try {
			return session.evaluate(entry.condition) != 0;
		} catch (IllegalArgumentException e) {
			console.printError("Breakpoint condition '" + entry.condition + "' cannot be evaluated (" + e.getMessage() + "); stopping");
			return true;
		}
	}

	private boolean isProgramFile(Path file) {
		return session.program().lines().resolve(file, 1).isPresent();
	}

	/** Whether an access starting at {@code address} (at most {@link #WIDEST_ACCESS} bytes) touches the watched bytes. */
	private static boolean covers(Watchpoint watch, long address) {
		return address < watch.address() + watch.length() && watch.address() < address + WIDEST_ACCESS;
	}
}
