package dev.gasket.debug.model;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.eclipse.debug.core.model.IBreakpoint;

import dev.gasket.debug.engine.Breakpoint;
import dev.gasket.debug.engine.DebugSession;
import dev.gasket.debug.engine.SessionStop;
import dev.gasket.debug.engine.SessionStopReason;
import dev.gasket.toolchain.dwarf.ResolvedLine;
import dev.gasket.toolchain.dwarf.SourceLocation;
import dev.gasket.x86.cpu.CpuState;
import dev.gasket.x86.decode.Instruction;
import dev.gasket.x86.decode.Operation;
import dev.gasket.x86.machine.Machine;

/**
 * Resume and the steps of the debug model, on the engine thread. Running goes in slices of instructions so that
 * between them a suspend request is honoured and queued work (breakpoint changes) runs; breakpoint stops the user's
 * breakpoints do not want (condition false, hit count not reached, "skip all breakpoints") are run past.
 */
final class RunControl {

	/** Instructions per slice: a few milliseconds of emulation. */
	private static final long SLICE = 200_000;
	/** Steps that go instruction by instruction in the engine end only by themselves or by a suspend request. */
	private static final long UNBOUNDED = Long.MAX_VALUE / 4;

	private final DebugSession session;
	private final EngineThread engine;
	private final BreakpointSync breakpoints;
	private volatile boolean suspendRequested;
	/** Only slices may be cut short for queued work: an engine step would lose its progress. */
	private volatile boolean interruptible;

	RunControl(DebugSession session, EngineThread engine, BreakpointSync breakpoints) {
		this.session = session;
		this.engine = engine;
		this.breakpoints = breakpoints;
	}

	/** From any thread: the current resume or step ends soon with a SUSPENDED stop. */
	void requestSuspend() {
		suspendRequested = true;
		session.suspend();
	}

	/** From any thread: ends the current slice early so queued work runs soon, without suspending. */
	void interrupt() {
		if (interruptible) {
			session.suspend();
		}
	}

	/** Before a new resume or step: a request that arrived after the last one ended is stale. */
	void clearSuspendRequest() {
		suspendRequested = false;
	}

	Outcome resume() {
		return runUntil(stop -> false);
	}

	Outcome stepInstruction() {
		return settle(session.stepInstruction(), true);
	}

	/** One instruction, running through a call or software interrupt until it returns. */
	Outcome stepOverInstruction() {
		Machine machine = session.machine();
		Instruction next;
		try {
			next = machine.interpreter().peek();
		} catch (RuntimeException undecodable) {
			return stepInstruction();
		}
		Operation operation = next.operation();
		if (operation != Operation.CALL && operation != Operation.CALL_FAR && operation != Operation.INT) {
			return stepInstruction();
		}
		long after = machine.linearRip() + next.length();
		long stackPointer = machine.cpu().gpr(CpuState.RSP);
		// a recursive call passes the same address deeper in the stack before this call returns
		return runTo(List.of(after), stop -> Long.compareUnsigned(machine.cpu().gpr(CpuState.RSP), stackPointer) >= 0);
	}

	/** Instructions, into calls, until the source line changes. */
	Outcome stepLine() {
		return repeatUntilSettled(() -> session.stepLine(UNBOUNDED));
	}

	/** Instructions, over calls, until the source line changes. */
	Outcome stepOverLine() {
		Optional<SourceLocation> start = session.program().location(session.machine().linearRip());
		while (true) {
			Outcome outcome = stepOverInstruction();
			Optional<SourceLocation> now = outcome.stop().location();
			if (!outcome.stepEnded() || (now.isPresent() && !now.equals(start))) {
				return outcome;
			}
			if (suspendRequested) {
				return suspended();
			}
		}
	}

	Outcome stepReturn() {
		return repeatUntilSettled(() -> session.stepReturn(UNBOUNDED));
	}

	Outcome runToLine(ResolvedLine line) {
		return runTo(line.addresses(), stop -> true);
	}

	/** Where a run to {@code file:line} would stop, checked before running. */
	Optional<ResolvedLine> resolve(Path file, int line) {
		return session.program().lines().resolve(file, line);
	}

	/** A SUSPENDED stop at the current instruction, for the entry and for requests between slices. */
	SessionStop here(String detail) {
		Machine machine = session.machine();
		long address = machine.linearRip();
		return new SessionStop(SessionStopReason.SUSPENDED, address, session.program().location(address),
				session.program().describe(address), machine.cpu().mode(), machine.cpu().cpl(), Optional.empty(), detail,
				OptionalLong.empty());
	}

	private Outcome suspended() {
		return Outcome.of(here("stopped on request"));
	}

	/** Runs with temporary engine breakpoints at {@code addresses}; arriving there (when {@code arrived}) ends it. */
	private Outcome runTo(List<Long> addresses, Predicate<SessionStop> arrived) {
		List<Breakpoint> temporary = addresses.stream()
				.map(address -> session.addBreakpoint("0x" + Long.toHexString(address), Optional.empty())).toList();
		try {
			return runUntil(stop -> stop.reason() == SessionStopReason.BREAKPOINT && addresses.contains(stop.address())
					&& arrived.test(stop));
		} finally {
			temporary.forEach(session::removeBreakpoint);
		}
	}

	private Outcome runUntil(Predicate<SessionStop> goal) {
		interruptible = true;
		try {
			return runSlices(goal);
		} finally {
			interruptible = false;
		}
	}

	private Outcome runSlices(Predicate<SessionStop> goal) {
		while (true) {
			if (suspendRequested) {
				return suspended();
			}
			engine.runQueued();
			SessionStop stop = session.resume(SLICE);
			if (goal.test(stop)) {
				return Outcome.stepEnd(stop);
			}
			if (stop.reason() == SessionStopReason.INSTRUCTION_LIMIT || stop.reason() == SessionStopReason.SUSPENDED) {
				continue;
			}
			Outcome outcome = settle(stop, false);
			if (outcome != null) {
				return outcome;
			}
		}
	}

	private Outcome repeatUntilSettled(Supplier<SessionStop> step) {
		while (true) {
			SessionStop stop = step.get();
			if (stop.reason() == SessionStopReason.SUSPENDED && !suspendRequested) {
				// an interrupt that came after the last slice ended: the step stopped before its first instruction
				continue;
			}
			Outcome outcome = settle(stop, false);
			if (outcome != null) {
				return outcome;
			}
			if (suspendRequested) {
				return suspended();
			}
		}
	}

	/**
	 * The outcome of an engine stop, or null when a breakpoint or watchpoint stop is one no user breakpoint wants and
	 * the operation should go on; {@code single} operations (one instruction) end as a step instead.
	 */
	private Outcome settle(SessionStop stop, boolean single) {
		if (stop.reason() == SessionStopReason.STEP_END) {
			return Outcome.stepEnd(stop);
		}
		if (stop.reason() != SessionStopReason.BREAKPOINT && stop.reason() != SessionStopReason.WATCHPOINT) {
			return Outcome.of(stop);
		}
		List<IBreakpoint> stopping = breakpoints.stopping(stop);
		if (!stopping.isEmpty()) {
			return new Outcome(stop, stopping, false);
		}
		return single ? Outcome.stepEnd(stop) : null;
	}
}
