package dev.gasket.debug.model.state;

import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.debug.core.DebugException;
import org.eclipse.debug.core.model.IDebugTarget;

import dev.gasket.debug.engine.DebugSession;
import dev.gasket.debug.engine.ProgramImage;
import dev.gasket.debug.model.GasketDebugModel;

/**
 * What the register, variable and memory elements of one session share: the target and session, the live
 * machine, and the machine as it was at the last two suspends.
 */
final class StateContext {

	private final IDebugTarget target;
	private final DebugSession session;
	private final LiveSample live;
	private volatile RecordedSample previous;
	private volatile RecordedSample latest;

	StateContext(IDebugTarget target, DebugSession session) {
		this.target = target;
		this.session = session;
		this.live = new LiveSample(session.machine());
	}

	IDebugTarget target() {
		return target;
	}

	DebugSession session() {
		return session;
	}

	ProgramImage program() {
		return session.program();
	}

	LiveSample live() {
		return live;
	}

	/** The machine at the suspend before the current one; empty until the second suspend. */
	Optional<MachineSample> previous() {
		return Optional.ofNullable(previous);
	}

	/** Called on the session's thread at a suspend: the last recording becomes the one to compare with. */
	void suspended(List<LinearRange> shownMemory) {
		previous = latest;
		latest = RecordedSample.of(live, shownMemory);
	}

	/** Runs an engine assignment ({@code %cr4=…}, {@code tr_cr4=…}); refusals become DebugExceptions. */
	void assign(String assignment) throws DebugException {
		try {
			session.assign(assignment);
		} catch (IllegalArgumentException refused) {
			throw failure(refused.getMessage(), refused);
		}
	}

	long evaluate(String expression) throws DebugException {
		try {
			return session.evaluate(expression);
		} catch (IllegalArgumentException bad) {
			throw failure(bad.getMessage(), bad);
		}
	}

	void requireSuspended() throws DebugException {
		if (target != null && !target.isSuspended()) {
			throw failure("suspend the program to change values", null);
		}
	}

	static DebugException failure(String message, Throwable cause) {
		return new DebugException(new Status(IStatus.ERROR, GasketDebugModel.ID, DebugException.TARGET_REQUEST_FAILED, message, cause));
	}
}
