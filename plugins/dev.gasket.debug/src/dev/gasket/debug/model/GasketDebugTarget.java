package dev.gasket.debug.model;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

import org.eclipse.core.resources.IMarkerDelta;
import org.eclipse.debug.core.DebugEvent;
import org.eclipse.debug.core.DebugException;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.IBreakpointManager;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.core.model.IBreakpoint;
import org.eclipse.debug.core.model.IDebugTarget;
import org.eclipse.debug.core.model.IMemoryBlock;
import org.eclipse.debug.core.model.IMemoryBlockExtension;
import org.eclipse.debug.core.model.IMemoryBlockRetrievalExtension;
import org.eclipse.debug.core.model.IProcess;
import org.eclipse.debug.core.model.IThread;

import dev.gasket.debug.engine.DebugSession;
import dev.gasket.debug.engine.SessionListener;
import dev.gasket.debug.engine.SessionStopReason;
import dev.gasket.debug.model.state.GasketMemoryBlocks;
import dev.gasket.debug.model.state.MachineStateView;
import dev.gasket.toolchain.dwarf.ResolvedLine;

/**
 * A debug session of the Gasket emulator as the platform's debug target, with one thread (the CPU). Every call into
 * the engine runs on one engine thread, so no caller blocks while the program runs, and Suspend always gets through.
 */
public final class GasketDebugTarget extends GasketDebugElement implements IDebugTarget, ISteppingModeTarget,
		IMemoryBlockRetrievalExtension {

	private enum State {
		RUNNING, STEPPING, SUSPENDED, TERMINATED
	}

	/** The Memory view's expression prefix for a physical address, e.g. {@code phys:0x9000}. */
	public static final String PHYSICAL_PREFIX = "phys:";
	private static final long ENGINE_STOP_MILLIS = 5_000;

	private final ILaunch launch;
	private final GasketProcess process;
	private final DebugSession session;
	private final String name;
	private final Runnable cleanup;
	private final EngineThread engine;
	private final BreakpointSync breakpoints;
	private final RunControl control;
	private final GasketThread thread;
	private final MachineStateView states;
	private final GasketMemoryBlocks memory;
	private volatile State state = State.RUNNING;
	private volatile boolean instructionStepping;

	/**
	 * @param name    e.g. "trampoline_64.S"
	 * @param cleanup runs once after terminating, e.g. deletes the build directory
	 */
	public GasketDebugTarget(ILaunch launch, GasketProcess process, DebugSession session, String name, Runnable cleanup) {
		super(null);
		this.launch = launch;
		this.process = process;
		this.session = session;
		this.name = name;
		this.cleanup = cleanup;
		this.engine = new EngineThread("Gasket engine: " + name);
		this.breakpoints = new BreakpointSync(session, process);
		this.control = new RunControl(session, engine, breakpoints);
		this.thread = new GasketThread(this, 0);
		this.states = new MachineStateView(this, session);
		this.memory = new GasketMemoryBlocks(this, session);
		process.attach(this);
		session.addListener(new SessionListener() {
			@Override
			public void console(String line) {
				process.print(line);
			}
		});
	}

	/** Installs the breakpoints and runs the program, or suspends at its entry; call once, after adding to the launch. */
	public void start(boolean stopAtEntry, boolean stopOnModeChange) {
		fireCreated();
		thread.fireCreated();
		IBreakpointManager manager = DebugPlugin.getDefault().getBreakpointManager();
		manager.addBreakpointListener(this);
		onEngine(() -> {
			session.setStopOnModeChange(stopOnModeChange);
			for (IBreakpoint breakpoint : manager.getBreakpoints(GasketDebugModel.ID)) {
				breakpoints.add(breakpoint);
			}
		});
		run(stopAtEntry ? () -> Outcome.of(control.here("at the entry point")) : control::resume);
	}

	/** The engine session: read it directly only while suspended (the engine thread is idle), else through {@link #onEngineThread}. */
	public DebugSession session() {
		return session;
	}

	/** Runs {@code call} on the engine thread after what is queued there; while the program runs, between two slices of it. */
	public <T> CompletableFuture<T> onEngineThread(Callable<T> call) {
		return engine.submit(call);
	}

	/** Registers and data symbols of the suspended machine; the frames show them. */
	MachineStateView states() {
		return states;
	}

	@Override
	public IDebugTarget getDebugTarget() {
		return this;
	}

	@Override
	public ILaunch getLaunch() {
		return launch;
	}

	@Override
	public IProcess getProcess() {
		return process;
	}

	@Override
	public IThread[] getThreads() {
		return isTerminated() ? new IThread[0] : new IThread[] { thread };
	}

	@Override
	public boolean hasThreads() {
		return !isTerminated();
	}

	@Override
	public String getName() {
		return "Gasket x86 Emulator: " + name;
	}

	@Override
	public boolean supportsBreakpoint(IBreakpoint breakpoint) {
		return GasketDebugModel.ID.equals(breakpoint.getModelIdentifier());
	}

	// --- run control

	@Override
	public boolean canResume() {
		return state == State.SUSPENDED;
	}

	@Override
	public boolean canSuspend() {
		return state == State.RUNNING || state == State.STEPPING;
	}

	@Override
	public boolean isSuspended() {
		return state == State.SUSPENDED;
	}

	boolean isStepping() {
		return state == State.STEPPING;
	}

	@Override
	public void resume() throws DebugException {
		if (begin(State.RUNNING, DebugEvent.CLIENT_REQUEST)) {
			run(control::resume);
		}
	}

	@Override
	public void suspend() {
		if (canSuspend()) {
			control.requestSuspend();
		}
	}

	void step(StepKind kind) {
		if (!begin(State.STEPPING, kind.eventDetail)) {
			return;
		}
		run(switch (kind) {
			case INTO -> instructionStepping ? control::stepInstruction : control::stepLine;
			case OVER -> instructionStepping ? control::stepOverInstruction : control::stepOverLine;
			case RETURN -> control::stepReturn;
		});
	}

	/** Runs to the first address of {@code file:line}, or of the next line with code, unless something stops it first. */
	void runToLine(Path file, int line) throws DebugException {
		ResolvedLine resolved = control.resolve(file, line).orElseThrow(() -> new DebugException(GasketDebugModel
				.status(DebugException.TARGET_REQUEST_FAILED, "no code at or after " + file.getFileName() + ":" + line)));
		if (begin(State.RUNNING, DebugEvent.CLIENT_REQUEST)) {
			run(() -> control.runToLine(resolved));
		}
	}

	private synchronized boolean begin(State running, int resumeDetail) {
		if (state != State.SUSPENDED) {
			return false;
		}
		state = running;
		control.clearSuspendRequest();
		thread.fireResumeEvent(resumeDetail);
		return true;
	}

	/** Runs {@code task} on the engine thread; what goes wrong there is said on the console. */
	private void onEngine(Runnable task) {
		engine.execute(task).exceptionally(failure -> {
			process.printError("Internal error in the debugger: " + failure);
			return null;
		});
	}

	private void run(Supplier<Outcome> operation) {
		onEngine(() -> {
			Outcome outcome;
			try {
				outcome = operation.get();
			} catch (RuntimeException e) {
				process.printError("Emulation stopped: " + e);
				outcome = Outcome.of(control.here(String.valueOf(e.getMessage())));
			}
			suspended(outcome);
		});
	}

	/** On the engine thread: takes the snapshot the views read, reports the stop, fires the suspend event. */
	private void suspended(Outcome outcome) {
		if (state == State.TERMINATED) {
			return;
		}
		if (outcome.stop().reason() == SessionStopReason.HALTED || outcome.stop().reason() == SessionStopReason.TRIPLE_FAULT) {
			// the program will not finish the line
			session.flushConsole();
		}
		states.suspended();
		thread.suspended(outcome, CallerFrames.of(session, outcome.stop().address()));
		StopMessages.describe(outcome).ifPresent(StopMessages.isError(outcome) ? process::printError : process::print);
		state = State.SUSPENDED;
		thread.fireSuspendEvent(outcome.eventDetail());
	}

	// --- instruction stepping

	@Override
	public boolean supportsInstructionStepping() {
		return true;
	}

	@Override
	public void enableInstructionStepping(boolean enabled) {
		instructionStepping = enabled;
	}

	@Override
	public boolean isInstructionSteppingEnabled() {
		return instructionStepping;
	}

	// --- breakpoints: applied on the engine thread; a running program pauses a moment for them

	@Override
	public void breakpointAdded(IBreakpoint breakpoint) {
		onBreakpoints(() -> breakpoints.add(breakpoint), breakpoint);
	}

	@Override
	public void breakpointRemoved(IBreakpoint breakpoint, IMarkerDelta delta) {
		onBreakpoints(() -> breakpoints.remove(breakpoint), breakpoint);
	}

	@Override
	public void breakpointChanged(IBreakpoint breakpoint, IMarkerDelta delta) {
		onBreakpoints(() -> breakpoints.change(breakpoint), breakpoint);
	}

	private void onBreakpoints(Runnable change, IBreakpoint breakpoint) {
		if (isTerminated() || !supportsBreakpoint(breakpoint)) {
			return;
		}
		onEngine(change);
		control.interrupt();
	}

	// --- termination

	@Override
	public boolean canTerminate() {
		return !isTerminated();
	}

	@Override
	public boolean isTerminated() {
		return state == State.TERMINATED;
	}

	@Override
	public void terminate() throws DebugException {
		synchronized (this) {
			if (state == State.TERMINATED) {
				return;
			}
			state = State.TERMINATED;
		}
		DebugPlugin.getDefault().getBreakpointManager().removeBreakpointListener(this);
		control.requestSuspend();
		boolean stopped;
		try {
			stopped = engine.stop(ENGINE_STOP_MILLIS);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			stopped = false;
		}
		if (stopped) {
			session.flushConsole();
		}
		cleanup.run();
		thread.fireTerminated();
		fireTerminated();
		process.ended(0);
		if (!stopped) {
			throw new DebugException(GasketDebugModel.status(DebugException.TARGET_REQUEST_FAILED,
					"the emulator thread did not stop within " + ENGINE_STOP_MILLIS + " ms"));
		}
	}

	/** Disconnecting would leave an emulated machine nobody can see; terminate instead. */
	@Override
	public boolean canDisconnect() {
		return false;
	}

	@Override
	public void disconnect() throws DebugException {
		throw notSupported("Disconnect");
	}

	@Override
	public boolean isDisconnected() {
		return false;
	}

	// --- memory: linear addresses through the page tables, physical ones with the prefix "phys:"

	@Override
	public boolean supportsStorageRetrieval() {
		return true;
	}

	@Override
	public IMemoryBlock getMemoryBlock(long startAddress, long length) {
		return memory.memoryBlock(startAddress, length);
	}

	@Override
	public IMemoryBlockExtension getExtendedMemoryBlock(String expression, Object context) throws DebugException {
		String text = expression.strip();
		boolean physical = text.startsWith(PHYSICAL_PREFIX);
		return memory.memoryBlock(physical ? text.substring(PHYSICAL_PREFIX.length()) : text, physical);
	}
}
