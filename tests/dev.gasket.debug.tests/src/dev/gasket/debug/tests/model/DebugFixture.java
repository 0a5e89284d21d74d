package dev.gasket.debug.tests.model;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.DebugEvent;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.IBreakpointManager;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.debug.core.model.IBreakpoint;
import org.eclipse.debug.core.model.IStreamsProxy;
import org.eclipse.debug.core.model.IThread;

import dev.gasket.debug.engine.StartState;
import dev.gasket.debug.model.GasketDebugTarget;
import dev.gasket.debug.model.GasketLineBreakpoint;
import dev.gasket.debug.model.GasketThread;
import dev.gasket.x86.cpu.CpuModel;

/**
 * What the model tests share: a program in a workspace project, launches of it that end with the test, breakpoints
 * through the breakpoint manager, debug events awaited with a bound.
 */
final class DebugFixture implements AutoCloseable {

	static final Duration BOUND = Duration.ofSeconds(60);

	private final WorkspaceProgram program;
	private final String source;
	private final DebugEvents events = new DebugEvents();
	private final List<ILaunch> launches = new ArrayList<>();
	private GasketThread thread;

	DebugFixture(WorkspaceProgram program, String source) {
		this.program = program;
		this.source = source;
	}

	WorkspaceProgram program() {
		return program;
	}

	DebugEvents events() {
		return events;
	}

	int line(String text) throws Exception {
		return program.line(source, text);
	}

	ILaunchConfigurationWorkingCopy configuration(String entry, StartState start, CpuModel cpu, List<String> assignments)
			throws CoreException {
		return TrampolineLaunch.configuration(program.project().getName(), source, entry, start, cpu, assignments);
	}

	/** Launches and returns the CPU thread; the launch is terminated when the fixture closes. */
	GasketThread launch(ILaunchConfigurationWorkingCopy configuration) throws CoreException {
		ILaunch launch = TrampolineLaunch.debug(configuration);
		launches.add(launch);
		thread = (GasketThread) launch.getDebugTarget().getThreads()[0];
		return thread;
	}

	GasketThread launch(String entry, StartState start, CpuModel cpu, List<String> assignments) throws CoreException {
		return launch(configuration(entry, start, cpu, assignments));
	}

	GasketDebugTarget target() {
		return (GasketDebugTarget) thread.getDebugTarget();
	}

	/** The first line after {@code line} that contains {@code text}. */
	int lineAfter(String text, int line) throws Exception {
		return program.lineAfter(source, text, line);
	}

	GasketLineBreakpoint breakpointAt(String text) throws Exception {
		return breakpointAtLine(line(text));
	}

	GasketLineBreakpoint breakpointAtLine(int line) throws Exception {
		return add(new GasketLineBreakpoint(program.file(source), line));
	}

	<B extends IBreakpoint> B add(B breakpoint) throws CoreException {
		DebugPlugin.getDefault().getBreakpointManager().addBreakpoint(breakpoint);
		return breakpoint;
	}

	void awaitSuspend(int detail) throws InterruptedException {
		events.await("suspend with detail " + detail, DebugEvents.of(thread, DebugEvent.SUSPEND, detail), BOUND);
	}

	/** The console's output stream so far. */
	String console() {
		return streams().getOutputStreamMonitor().getContents();
	}

	String consoleErrors() {
		return streams().getErrorStreamMonitor().getContents();
	}

	private IStreamsProxy streams() {
		return launches.get(launches.size() - 1).getProcesses()[0].getStreamsProxy();
	}

	/** Evaluates an engine expression on the engine thread (while suspended). */
	long evaluate(String expression) throws Exception {
		return target().onEngineThread(() -> target().session().evaluate(expression)).get();
	}

	IThread thread() {
		return thread;
	}

	@Override
	public void close() throws Exception {
		for (ILaunch launch : launches) {
			launch.terminate();
		}
		IBreakpointManager manager = DebugPlugin.getDefault().getBreakpointManager();
		manager.removeBreakpoints(manager.getBreakpoints(), true);
		events.close();
	}
}
