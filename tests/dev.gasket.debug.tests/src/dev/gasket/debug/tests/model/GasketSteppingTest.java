package dev.gasket.debug.tests.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.debug.core.DebugEvent;
import org.eclipse.debug.core.DebugException;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.debug.core.model.IStackFrame;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.gasket.debug.engine.StartState;
import dev.gasket.debug.launch.LaunchAttributes;
import dev.gasket.debug.model.GasketStackFrame;
import dev.gasket.debug.model.GasketThread;
import dev.gasket.x86.cpu.CpuModel;

/**
 * Stepping through calls in the engine tests' program (lines found by the markers in its comments): step into and
 * over a call, step return, the caller's frame from the return address, instruction stepping, run to line.
 */
class GasketSteppingTest {

	private static final String SOURCE = "session.S";

	@RegisterExtension
	static final DebuggedProgram debugged = new DebuggedProgram(Path.of("resources/engine"), "stepping", SOURCE);

	private static DebugFixture fixture() {
		return debugged.fixture();
	}

	private int line(String marker) throws Exception {
		return fixture().line("/* " + marker + " */");
	}

	private GasketThread launchSuspendedAtEntry(String entry) throws Exception {
		ILaunchConfigurationWorkingCopy configuration = fixture().configuration(entry, StartState.LONG4, CpuModel.LEGACY, List.of());
		configuration.setAttribute(LaunchAttributes.STOP_AT_ENTRY, true);
		GasketThread thread = fixture().launch(configuration);
		fixture().awaitSuspend(DebugEvent.CLIENT_REQUEST);
		return thread;
	}

	@Test
	void stepIntoACallShowsTheCallerFrameAndStepReturnComesBack() throws Exception {
		fixture().breakpointAt("/* @call */");
		GasketThread thread = fixture().launch("", StartState.LONG4, CpuModel.LEGACY, List.of());
		fixture().awaitSuspend(DebugEvent.BREAKPOINT);
		long call = ((GasketStackFrame) thread.getTopStackFrame()).address();

		thread.stepInto();
		fixture().awaitSuspend(DebugEvent.STEP_END);
		IStackFrame[] frames = thread.getStackFrames();
		assertEquals(2, frames.length, "helper and its caller");
		assertEquals("helper", frames[0].getName());
		assertEquals(line("@helper"), frames[0].getLineNumber());
		assertEquals(line("@call"), frames[1].getLineNumber());
		assertEquals(call, ((GasketStackFrame) frames[1]).address());

		thread.stepReturn();
		fixture().awaitSuspend(DebugEvent.STEP_END);
		assertEquals(line("@after-call"), thread.getTopStackFrame().getLineNumber());
		assertEquals(1, thread.getStackFrames().length);
	}

	@Test
	void stepOverRunsTheCall() throws Exception {
		fixture().breakpointAt("/* @call */");
		GasketThread thread = fixture().launch("", StartState.LONG4, CpuModel.LEGACY, List.of());
		fixture().awaitSuspend(DebugEvent.BREAKPOINT);
		thread.stepOver();
		fixture().awaitSuspend(DebugEvent.STEP_END);
		assertEquals(line("@after-call"), thread.getTopStackFrame().getLineNumber());
		assertEquals(7, fixture().evaluate("%ebx"), "helper ran");
	}

	@Test
	void instructionSteppingModeStepsOneInstructionOfALine() throws Exception {
		GasketThread thread = launchSuspendedAtEntry("twice");
		long start = ((GasketStackFrame) thread.getTopStackFrame()).address();
		long edx = fixture().evaluate("%edx");
		fixture().target().enableInstructionStepping(true);
		assertTrue(fixture().target().isInstructionSteppingEnabled());

		thread.stepInto();
		fixture().awaitSuspend(DebugEvent.STEP_END);
		GasketStackFrame top = (GasketStackFrame) thread.getTopStackFrame();
		assertEquals(line("@two"), top.getLineNumber(), "the second incl of the line");
		assertEquals(start + 2, top.address(), "incl %edx is two bytes");
		assertEquals(edx + 1, fixture().evaluate("%edx"));

		fixture().target().enableInstructionStepping(false);
		thread.stepInto();
		fixture().awaitSuspend(DebugEvent.STEP_END);
		assertEquals(line("@two") + 1, thread.getTopStackFrame().getLineNumber(), "a line step leaves the line");
		assertEquals(edx + 2, fixture().evaluate("%edx"));
	}

	@Test
	void runToLineStopsThereAndRefusesALineWithoutCodeAfterIt() throws Exception {
		GasketThread thread = launchSuspendedAtEntry("");
		thread.runToLine(debugged.program().path(SOURCE), line("@print"));
		fixture().awaitSuspend(DebugEvent.STEP_END);
		assertEquals(line("@print"), thread.getTopStackFrame().getLineNumber());
		assertEquals(5, fixture().evaluate("counter"), "the loop ran to its end");

		int last = java.nio.file.Files.readAllLines(debugged.program().path(SOURCE)).size();
		assertThrows(DebugException.class, () -> thread.runToLine(debugged.program().path(SOURCE), last));
		assertTrue(thread.isSuspended());
	}
}
