package dev.gasket.debug.tests.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.debug.core.DebugEvent;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.core.model.IDebugTarget;
import org.eclipse.debug.core.model.IStackFrame;
import org.eclipse.debug.core.model.IThread;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.gasket.debug.engine.StartState;
import dev.gasket.debug.model.GasketLineBreakpoint;
import dev.gasket.debug.model.GasketStackFrame;
import dev.gasket.x86.cpu.CpuModel;

/**
 * The debug model on the example trampoline in a workspace project: launched through a launch configuration of the
 * Gasket type, breakpoints from the breakpoint manager, stepping, the console, termination.
 */
class GasketDebugTargetTest {

	static final Duration BOUND = Duration.ofSeconds(60);
	private static final String SOURCE = "trampoline_64.S";

	private static WorkspaceProgram program;
	private final List<ILaunch> launches = new ArrayList<>();
	private DebugEvents events;

	@BeforeAll
	static void createTheProject(@TempDir Path directory) throws Exception {
		program = WorkspaceProgram.copy(Path.of("../../examples/trampoline"), directory, "trampoline");
	}

	@AfterAll
	static void deleteTheProject() throws Exception {
		program.delete();
	}

	@AfterEach
	void cleanUp() throws Exception {
		for (ILaunch launch : launches) {
			launch.terminate();
		}
		DebugPlugin.getDefault().getBreakpointManager()
				.removeBreakpoints(DebugPlugin.getDefault().getBreakpointManager().getBreakpoints(), true);
		if (events != null) {
			events.close();
		}
	}

	private IThread launchScenarioB() throws Exception {
		events = new DebugEvents();
		ILaunch launch = TrampolineLaunch.debug(TrampolineLaunch.configuration("trampoline", SOURCE, "trampoline_start64",
				StartState.LONG4, CpuModel.X86S, List.of()));
		launches.add(launch);
		IDebugTarget target = launch.getDebugTarget();
		return target.getThreads()[0];
	}

	private GasketLineBreakpoint breakpointAt(String text) throws Exception {
		GasketLineBreakpoint breakpoint = new GasketLineBreakpoint(program.file(SOURCE), program.line(SOURCE, text));
		DebugPlugin.getDefault().getBreakpointManager().addBreakpoint(breakpoint);
		return breakpoint;
	}

	private void awaitSuspend(IThread thread, int detail) throws InterruptedException {
		events.await("suspend (" + detail + ")", DebugEvents.of(thread, DebugEvent.SUSPEND, detail), BOUND);
	}

	private int line(String text) throws Exception {
		return program.line(SOURCE, text);
	}

	@Test
	void suspendsAtALineBreakpointStepsOverResumesToTheHaltAndTerminates() throws Exception {
		GasketLineBreakpoint breakpoint = breakpointAt("xorl\ttr_cr4(%rip), %eax");
		IThread thread = launchScenarioB();
		awaitSuspend(thread, DebugEvent.BREAKPOINT);

		assertEquals("CPU 0 — 64-bit, CPL 0", thread.getName());
		IStackFrame top = thread.getTopStackFrame();
		assertEquals(breakpoint.getLineNumber(), top.getLineNumber());
		assertTrue(top.getName().startsWith("trampoline_start64+0x"), top.getName());
		assertEquals(program.path(SOURCE).toRealPath(), ((GasketStackFrame) top).sourcePath().orElseThrow().toRealPath());
		assertEquals(List.of(breakpoint), List.of(thread.getBreakpoints()));

		thread.stepOver();
		awaitSuspend(thread, DebugEvent.STEP_END);
		assertEquals(breakpoint.getLineNumber() + 1, thread.getTopStackFrame().getLineNumber(), "the testl");

		thread.resume();
		awaitSuspend(thread, DebugEvent.UNSPECIFIED);
		assertEquals(line("3:\thlt"), thread.getTopStackFrame().getLineNumber());
		String console = thread.getLaunch().getProcesses()[0].getStreamsProxy().getOutputStreamMonitor().getContents();
		assertTrue(console.contains("kernel: AP online, 4-level paging"), console);
		assertTrue(console.contains("CPU halted at " + SOURCE + ":" + line("3:\thlt")), console);

		thread.getDebugTarget().terminate();
		events.await("target terminated", DebugEvents.of(thread.getDebugTarget(), DebugEvent.TERMINATE), BOUND);
		assertTrue(thread.getLaunch().isTerminated());
		assertFalse(Thread.getAllStackTraces().keySet().stream().anyMatch(t -> t.getName().startsWith("Gasket engine")),
				"the engine thread ended");
	}
}
