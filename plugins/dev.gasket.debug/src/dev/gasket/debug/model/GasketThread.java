package dev.gasket.debug.model;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.debug.core.DebugException;
import org.eclipse.debug.core.model.IBreakpoint;
import org.eclipse.debug.core.model.IStackFrame;
import org.eclipse.debug.core.model.IThread;

import dev.gasket.debug.engine.SessionStop;

/**
 * The emulated CPU as a thread, named by its mode and privilege level ("CPU 0 — 64-bit, CPL 0"). Step Into steps one
 * source line (one instruction in instruction stepping mode), Step Over steps over calls, Step Return runs until the
 * current routine returns. What the views read is a snapshot taken at the last suspend, so reading never touches
 * the running machine.
 */
public final class GasketThread extends GasketDebugElement implements IThread {

	private final int cpu;
	private volatile List<GasketStackFrame> frames = List.of();
	private volatile Outcome lastOutcome;

	GasketThread(GasketDebugTarget target, int cpu) {
		super(target);
		this.cpu = cpu;
	}

	/** On the engine thread, at a suspend: the new frames and why it stopped. */
	void suspended(Outcome outcome, List<FrameInfo> chain) {
		List<GasketStackFrame> updated = new ArrayList<>();
		List<GasketStackFrame> previous = frames;
		for (int depth = 0; depth < chain.size(); depth++) {
			if (depth < previous.size()) {
				previous.get(depth).update(chain.get(depth));
				updated.add(previous.get(depth));
			} else {
				updated.add(new GasketStackFrame(this, depth, chain.get(depth)));
			}
		}
		frames = List.copyOf(updated);
		lastOutcome = outcome;
	}

	/** Why and where the CPU last stopped; empty before the first stop. */
	public Optional<SessionStop> lastStop() {
		return Optional.ofNullable(lastOutcome).map(Outcome::stop);
	}

	/** "CPU 0 — 64-bit, CPL 0" while suspended, "CPU 0 — running" otherwise. */
	@Override
	public String getName() {
		Outcome outcome = lastOutcome;
		if (!isSuspended() || outcome == null) {
			return "CPU " + cpu + (isTerminated() ? " — terminated" : " — running");
		}
		return "CPU " + cpu + " — " + outcome.stop().mode().label() + ", CPL " + outcome.stop().cpl();
	}

	/** Runs to the first address of {@code file:line} (or the next line with code); see {@link GasketDebugTarget#runToLine}. */
	public void runToLine(Path file, int line) throws DebugException {
		gasketTarget().runToLine(file, line);
	}

	@Override
	public IStackFrame[] getStackFrames() {
		return isSuspended() ? frames.toArray(new IStackFrame[0]) : new IStackFrame[0];
	}

	@Override
	public boolean hasStackFrames() {
		return isSuspended() && !frames.isEmpty();
	}

	@Override
	public int getPriority() {
		return 0;
	}

	@Override
	public IStackFrame getTopStackFrame() {
		List<GasketStackFrame> current = frames;
		return isSuspended() && !current.isEmpty() ? current.get(0) : null;
	}

	/** The user's breakpoints that caused the last suspend. */
	@Override
	public IBreakpoint[] getBreakpoints() {
		Outcome outcome = lastOutcome;
		return isSuspended() && outcome != null ? outcome.breakpoints().toArray(new IBreakpoint[0]) : new IBreakpoint[0];
	}

	@Override
	public boolean canResume() {
		return gasketTarget().canResume();
	}

	@Override
	public boolean canSuspend() {
		return gasketTarget().canSuspend();
	}

	@Override
	public boolean isSuspended() {
		return gasketTarget().isSuspended();
	}

	@Override
	public void resume() throws DebugException {
		gasketTarget().resume();
	}

	@Override
	public void suspend() throws DebugException {
		gasketTarget().suspend();
	}

	@Override
	public boolean canStepInto() {
		return isSuspended();
	}

	@Override
	public boolean canStepOver() {
		return isSuspended();
	}

	@Override
	public boolean canStepReturn() {
		return isSuspended();
	}

	@Override
	public boolean isStepping() {
		return gasketTarget().isStepping();
	}

	@Override
	public void stepInto() throws DebugException {
		gasketTarget().step(StepKind.INTO);
	}

	@Override
	public void stepOver() throws DebugException {
		gasketTarget().step(StepKind.OVER);
	}

	@Override
	public void stepReturn() throws DebugException {
		gasketTarget().step(StepKind.RETURN);
	}

	@Override
	public boolean canTerminate() {
		return gasketTarget().canTerminate();
	}

	@Override
	public boolean isTerminated() {
		return gasketTarget().isTerminated();
	}

	@Override
	public void terminate() throws DebugException {
		gasketTarget().terminate();
	}
}
