package dev.gasket.debug.tests.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.debug.core.DebugEvent;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.debug.core.DebugException;
import org.eclipse.debug.core.model.IDebugElement;
import org.eclipse.debug.core.model.IMemoryBlockExtension;
import org.eclipse.debug.core.model.MemoryByte;
import org.eclipse.debug.core.model.IRegister;
import org.eclipse.debug.core.model.IRegisterGroup;
import org.eclipse.debug.core.model.IStackFrame;
import org.eclipse.debug.core.model.IVariable;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.gasket.debug.engine.SessionStopReason;
import dev.gasket.debug.engine.StartState;
import dev.gasket.debug.launch.LaunchAttributes;
import dev.gasket.debug.model.GasketDebugTarget;
import dev.gasket.debug.model.GasketLineBreakpoint;
import dev.gasket.debug.model.GasketStackFrame;
import dev.gasket.debug.model.GasketThread;
import dev.gasket.x86.cpu.CpuModel;

/**
 * The debug model on the example trampoline in a workspace project, launched through a launch configuration of the
 * Gasket type in the scenarios of the README: suspend, step, resume, suspend an endless loop, faults, mode changes,
 * the console, build errors, termination.
 */
class GasketDebugTargetTest {

	private static final String SOURCE = "trampoline_64.S";
	/** Long enough for the spinning AP to be well inside its loop. */
	private static final long SPIN_MILLIS = 300;

	@RegisterExtension
	static final DebuggedProgram debugged = new DebuggedProgram(Path.of("../../examples/trampoline"), "trampoline-target", SOURCE);

	private static DebugFixture fixture() {
		return debugged.fixture();
	}

	/** Scenario (b): from 64-bit mode on X86S with the paging depth the trampoline wants. */
	private GasketThread launchScenarioB(String... assignments) throws CoreException {
		return fixture().launch("trampoline_start64", StartState.LONG4, CpuModel.X86S, List.of(assignments));
	}

	@Test
	void suspendsAtALineBreakpointStepsOverResumesToTheHaltAndTerminates() throws Exception {
		GasketLineBreakpoint breakpoint = fixture().breakpointAt("xorl\ttr_cr4(%rip), %eax");
		GasketThread thread = launchScenarioB();
		fixture().awaitSuspend(DebugEvent.BREAKPOINT);

		assertEquals("CPU 0 — 64-bit, CPL 0", thread.getName());
		IStackFrame top = thread.getTopStackFrame();
		assertEquals(breakpoint.getLineNumber(), top.getLineNumber());
		assertTrue(top.getName().startsWith("trampoline_start64+0x"), top.getName());
		assertEquals(debugged.program().path(SOURCE).toRealPath(), ((GasketStackFrame) top).sourcePath().orElseThrow().toRealPath());
		assertEquals(List.of(breakpoint), List.of(thread.getBreakpoints()));
		assertEquals(debugged.program().file(SOURCE), thread.getLaunch().getSourceLocator().getSourceElement(top));
		assertTrue(fixture().console().contains("Breakpoint at " + SOURCE + ":" + breakpoint.getLineNumber()), fixture().console());

		thread.stepOver();
		fixture().awaitSuspend(DebugEvent.STEP_END);
		assertEquals(breakpoint.getLineNumber() + 1, thread.getTopStackFrame().getLineNumber(), "the testl");

		thread.resume();
		fixture().awaitSuspend(DebugEvent.UNSPECIFIED);
		assertEquals(fixture().line("3:\thlt"), thread.getTopStackFrame().getLineNumber());
		assertTrue(fixture().console().contains("kernel: AP online, 4-level paging"), fixture().console());
		assertTrue(fixture().console().contains("CPU halted at " + SOURCE + ":" + fixture().line("3:\thlt")), fixture().console());

		thread.getDebugTarget().terminate();
		fixture().events().await("target terminated", DebugEvents.of(thread.getDebugTarget(), DebugEvent.TERMINATE), DebugFixture.BOUND);
		assertTrue(thread.getLaunch().isTerminated());
		assertEquals(0, thread.getDebugTarget().getThreads().length);
		assertFalse(engineThreadAlive(), "the engine thread ended");
	}

	@Test
	void aSuspendedFrameShowsRegistersDataSymbolsAndMemoryAndWhatAStepChanged() throws Exception {
		fixture().breakpointAtLine(fixture().line("xorl\ttr_cr4(%rip), %eax") - 1);
		GasketThread thread = launchScenarioB();
		fixture().awaitSuspend(DebugEvent.BREAKPOINT);
		IStackFrame top = thread.getTopStackFrame();
		assertEquals(List.of("General", "Flags", "Segments", "Control", "MSRs", "Descriptor tables", "Mode"),
				Arrays.stream(top.getRegisterGroups()).map(group -> name(group)).toList());
		assertTrue(registerNames(top, "Control").contains("cr4"));
		assertTrue(registerNames(top, "MSRs").contains("efer"));
		List<String> symbols = Arrays.stream(top.getVariables()).map(variable -> name(variable)).toList();
		assertTrue(symbols.containsAll(List.of("tr_cr4", "tr_lock")), symbols::toString);

		GasketDebugTarget target = fixture().target();
		assertTrue(target.supportsStorageRetrieval());
		assertEquals(fixture().evaluate("&tr_cr4"), target.getExtendedMemoryBlock("tr_cr4", top).getBigBaseAddress().longValueExact());

		thread.stepOver();
		fixture().awaitSuspend(DebugEvent.STEP_END);
		assertTrue(register(thread.getTopStackFrame(), "General", "rax").hasValueChanged(), "movq %cr4, %rax loaded rax");
		assertFalse(register(thread.getTopStackFrame(), "General", "rbx").hasValueChanged());
	}

	private static String name(IDebugElement element) {
		try {
			return element instanceof IRegisterGroup group ? group.getName() : ((IVariable) element).getName();
		} catch (DebugException e) {
			throw new AssertionError(e);
		}
	}

	private static List<String> registerNames(IStackFrame frame, String group) throws DebugException {
		return Arrays.stream(group(frame, group).getRegisters()).map(register -> name(register)).toList();
	}

	private static IRegisterGroup group(IStackFrame frame, String name) throws DebugException {
		return Arrays.stream(frame.getRegisterGroups()).filter(group -> name(group).equals(name)).findFirst().orElseThrow();
	}

	private static IRegister register(IStackFrame frame, String group, String name) throws DebugException {
		return Arrays.stream(group(frame, group).getRegisters()).filter(register -> name(register).equals(name)).findFirst().orElseThrow();
	}

	@TestFactory
	Stream<DynamicTest> stepOverTheJnzGoesToTheBranchTheCpuTakes() {
		record Scenario(String name, CpuModel cpu, List<String> assignments, String branch) {
		}
		return Stream.of(
				new Scenario("(b) X86S, 4-level paging wanted: stays in 64-bit mode", CpuModel.X86S, List.of(), "lock btsl $0, tr_lock(%rip)"),
				new Scenario("(d) legacy, 5-level paging wanted: to compatibility mode", CpuModel.LEGACY, List.of("tr_cr4=0x1000"),
						"ljmpl\t*tr_compat(%rip)"))
				.map(scenario -> DynamicTest.dynamicTest(scenario.name(), () -> {
					try (DebugFixture own = new DebugFixture(debugged.program(), SOURCE)) {
						own.breakpointAt("jnz\tenter_compat");
						GasketThread thread = own.launch("trampoline_start64", StartState.LONG4, scenario.cpu(), scenario.assignments());
						own.awaitSuspend(DebugEvent.BREAKPOINT);
						thread.stepOver();
						own.awaitSuspend(DebugEvent.STEP_END);
						assertEquals(own.line(scenario.branch()), thread.getTopStackFrame().getLineNumber());
					}
				}));
	}

	@Test
	void stepReturnLeavesTheTrampolineThroughItsLretqIntoTheKernel() throws Exception {
		fixture().breakpointAt("xorl\ttr_cr4(%rip), %eax");
		GasketThread thread = launchScenarioB();
		fixture().awaitSuspend(DebugEvent.BREAKPOINT);
		thread.stepReturn();
		fixture().awaitSuspend(DebugEvent.STEP_END);
		assertEquals(fixture().line("leaq\tkernel_online_4level(%rip), %rsi"), thread.getTopStackFrame().getLineNumber());
		assertEquals("kernel_entry", thread.getTopStackFrame().getName());
	}

	@Test
	void suspendStopsAnEndlessLoopAndTheLoopGoesOnAfterResume() throws Exception {
		// tr_lock taken: the AP spins in lock_spin64 until someone releases it, which nobody does
		GasketThread thread = launchScenarioB("tr_lock=1");
		int spinStart = fixture().line("lock btsl $0, tr_lock(%rip)");
		int spinEnd = fixture().line("jmp\tlock_spin64");
		IMemoryBlockExtension lock = null;
		for (int round = 0; round < 2; round++) {
			Thread.sleep(SPIN_MILLIS);
			assertFalse(thread.isSuspended());
			if (lock != null) {
				assertEquals(0, lock.getBytesFromOffset(BigInteger.ZERO, 4)[0].getFlags() & MemoryByte.READABLE,
						"memory is not read while the CPU runs");
			}
			assertTrue(thread.canSuspend());
			thread.suspend();
			fixture().awaitSuspend(DebugEvent.CLIENT_REQUEST);
			lock = fixture().target().getExtendedMemoryBlock("tr_lock", thread.getTopStackFrame());
			MemoryByte taken = lock.getBytesFromOffset(BigInteger.ZERO, 4)[0];
			assertEquals(MemoryByte.READABLE, taken.getFlags() & MemoryByte.READABLE);
			assertEquals(1, taken.getValue(), "tr_lock is held");
			int line = thread.getTopStackFrame().getLineNumber();
			assertTrue(line >= spinStart && line <= spinEnd, "suspended in the spin loop, not at line " + line);
			assertEquals(SessionStopReason.SUSPENDED, thread.lastStop().orElseThrow().reason());
			thread.resume();
			fixture().events().await("resume", DebugEvents.of(thread, DebugEvent.RESUME, DebugEvent.CLIENT_REQUEST), DebugFixture.BOUND);
		}
		assertTrue(fixture().console().contains("Suspended at " + SOURCE + ":"), fixture().console());
		thread.terminate();
		fixture().events().await("target terminated", DebugEvents.of(thread.getDebugTarget(), DebugEvent.TERMINATE), DebugFixture.BOUND);
		assertFalse(engineThreadAlive(), "terminating a running program ends the engine thread");
	}

	@Test
	void aFaultSuspendsAtItsLineWithTheExceptionOnTheConsole() throws Exception {
		// scenario (c): 5-level paging wanted on X86S, which has no compatibility mode to change the depth in
		GasketThread thread = launchScenarioB("tr_cr4=0x1000");
		fixture().awaitSuspend(DebugEvent.BREAKPOINT);
		assertEquals(SessionStopReason.EXCEPTION, thread.lastStop().orElseThrow().reason());
		int ljmpl = fixture().line("ljmpl\t*tr_compat(%rip)");
		assertEquals(ljmpl, thread.getTopStackFrame().getLineNumber());
		// the error code is the selector of the far pointer: __KERNEL32_CS, entry 1 of tr_gdt
		assertTrue(fixture().consoleErrors().contains("#GP(0x8) at " + SOURCE + ":" + ljmpl + " (enter_compat): "), fixture().consoleErrors());
	}

	@Test
	void stopOnModeChangeSuspendsWhereTheCpuEntersCompatibilityMode() throws Exception {
		ILaunchConfigurationWorkingCopy configuration = fixture().configuration("trampoline_start64", StartState.LONG4, CpuModel.LEGACY,
				List.of("tr_cr4=0x1000"));
		configuration.setAttribute(LaunchAttributes.STOP_ON_MODE_CHANGE, true);
		GasketThread thread = fixture().launch(configuration);
		fixture().awaitSuspend(DebugEvent.BREAKPOINT);
		assertEquals("CPU 0 — compatibility, CPL 0", thread.getName());
		int compat = fixture().line("SYM_CODE_START(trampoline_compat)") + 2;
		assertEquals(compat, thread.getTopStackFrame().getLineNumber(), "the first instruction of trampoline_compat");
		assertTrue(fixture().console().contains("CPU switched to compatibility mode at " + SOURCE + ":" + compat), fixture().console());
	}

	@Test
	void stopAtEntrySuspendsBeforeTheFirstInstruction() throws Exception {
		ILaunchConfigurationWorkingCopy configuration = fixture().configuration("trampoline_start64", StartState.LONG4, CpuModel.X86S, List.of());
		configuration.setAttribute(LaunchAttributes.STOP_AT_ENTRY, true);
		GasketThread thread = fixture().launch(configuration);
		fixture().awaitSuspend(DebugEvent.CLIENT_REQUEST);
		assertEquals("trampoline_start64", thread.getTopStackFrame().getName());
		assertEquals(fixture().line("lidt\ttr_idt(%rip)"), thread.getTopStackFrame().getLineNumber());
	}

	@TestFactory
	Stream<DynamicTest> aBuildErrorEndsTheLaunchWithTheToolsMessageOnTheConsoleAndInTheError() {
		record Broken(String tool, String file, String text, String message) {
		}
		return Stream.of(
				new Broken("as", "broken.S", "\t.text\n\tmovl\t%eax\n", "broken.S:2: error:"),
				// ld names the line of the call from the debug information
				new Broken("ld", "undefined.S", "\t.text\n\t.globl _start\n_start:\n\tcall\tmissing\n", "undefined.S:4: error: undefined reference to `missing'"))
				.map(broken -> DynamicTest.dynamicTest(broken.tool(), () -> {
					Files.writeString(debugged.program().path(broken.file()), broken.text());
					debugged.program().project().refreshLocal(IResource.DEPTH_ONE, new NullProgressMonitor());
					ILaunchConfigurationWorkingCopy configuration = TrampolineLaunch.configuration(debugged.program().project().getName(), broken.file(),
							"", StartState.LONG4, CpuModel.LEGACY, List.of());
					CoreException failure = assertThrows(CoreException.class, () -> TrampolineLaunch.debug(configuration));
					String message = failure.getStatus().getMessage();
					assertTrue(message.startsWith("Building " + broken.file() + " failed:") && message.contains(broken.message()), message);

					ILaunch launch = Arrays.stream(DebugPlugin.getDefault().getLaunchManager().getLaunches())
							.filter(candidate -> candidate.getLaunchConfiguration() == configuration).findFirst().orElseThrow();
					assertTrue(launch.isTerminated());
					assertEquals(1, launch.getProcesses()[0].getExitValue());
					String errors = launch.getProcesses()[0].getStreamsProxy().getErrorStreamMonitor().getContents();
					assertTrue(errors.contains(broken.message()), errors);
					assertFalse(engineThreadAlive());
					DebugPlugin.getDefault().getLaunchManager().removeLaunch(launch);
				}));
	}

	private static boolean engineThreadAlive() {
		return Thread.getAllStackTraces().keySet().stream().anyMatch(thread -> thread.getName().startsWith("Gasket engine"));
	}
}
