package dev.gasket.debug.tests.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.debug.core.DebugEvent;
import org.eclipse.debug.core.DebugPlugin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.gasket.debug.engine.StartState;
import dev.gasket.debug.model.GasketLineBreakpoint;
import dev.gasket.debug.model.GasketThread;
import dev.gasket.debug.model.GasketWatchpoint;
import dev.gasket.x86.cpu.CpuModel;

/**
 * Breakpoints of the breakpoint manager in a trampoline launch: conditions, hit counts, watchpoints, lines without
 * code, disabled breakpoints, and breakpoints added and removed while the program runs.
 */
class GasketBreakpointsTest {

	private static final String SOURCE = "trampoline_64.S";
	/** The kernel stub writes its message one character per pass over this line. */
	private static final String OUTB = "outb\t%al, %dx";
	private static final long RUNNING_MILLIS = 300;

	@RegisterExtension
	static final DebuggedProgram debugged = new DebuggedProgram(Path.of("../../examples/trampoline"), "trampoline-breakpoints", SOURCE);

	private static DebugFixture fixture() {
		return debugged.fixture();
	}

	private GasketThread launchScenarioB(String... assignments) throws Exception {
		return fixture().launch("trampoline_start64", StartState.LONG4, CpuModel.X86S, List.of(assignments));
	}

	/** How many characters of the kernel's message lodsb has read. */
	private long charactersRead() throws Exception {
		return fixture().evaluate("%rsi - kernel_online_4level");
	}

	@Test
	void aConditionalBreakpointStopsOnlyWhereItsConditionHolds() throws Exception {
		GasketLineBreakpoint breakpoint = fixture().breakpointAt(OUTB);
		breakpoint.setCondition("%al == 0x41");
		launchScenarioB();
		fixture().awaitSuspend(DebugEvent.BREAKPOINT);
		assertEquals(0x41, fixture().evaluate("%al"));
		assertEquals("kernel: A".length(), charactersRead());
	}

	@Test
	void aHitCountBreakpointStopsFromItsNthHitOn() throws Exception {
		GasketLineBreakpoint breakpoint = fixture().breakpointAt(OUTB);
		breakpoint.setHitCount(3);
		GasketThread thread = launchScenarioB();
		fixture().awaitSuspend(DebugEvent.BREAKPOINT);
		assertEquals(3, charactersRead());
		thread.resume();
		fixture().awaitSuspend(DebugEvent.BREAKPOINT);
		assertEquals(4, charactersRead());
	}

	@Test
	void aWatchpointOnTrLockIsHitByTheLockBts() throws Exception {
		GasketWatchpoint watchpoint = fixture().add(new GasketWatchpoint(debugged.program().file(SOURCE), fixture().line("SYM_DATA(tr_lock,"), "tr_lock"));
		GasketThread thread = launchScenarioB();
		fixture().awaitSuspend(DebugEvent.BREAKPOINT);
		assertEquals(List.of(watchpoint), List.of(thread.getBreakpoints()));
		assertEquals(1, fixture().evaluate("tr_lock"));
		int bts = fixture().line("lock btsl $0, tr_lock(%rip)");
		assertTrue(fixture().console().contains("Watchpoint: write to tr_lock") && fixture().console().contains("by the instruction at " + SOURCE + ":" + bts),
				fixture().console());
		assertEquals(fixture().line("jnc\tlock_taken64"), thread.getTopStackFrame().getLineNumber(), "RIP is past the lock bts");
	}

	@Test
	void aBreakpointOnALineWithoutCodeMovesToTheNextAndTheConsoleSaysSo() throws Exception {
		int comment = fixture().line("tr_cr4 is 4 bytes");
		fixture().breakpointAt("tr_cr4 is 4 bytes");
		GasketThread thread = launchScenarioB();
		fixture().awaitSuspend(DebugEvent.BREAKPOINT);
		int code = fixture().line("xorl\ttr_cr4(%rip), %eax") - 1;
		assertEquals(code, thread.getTopStackFrame().getLineNumber());
		assertTrue(fixture().console().contains("line " + comment + " has no code; using line " + code), fixture().console());
	}

	@Test
	void aDisabledBreakpointIsPassedAndSkipAllBreakpointsPassesEveryOne() throws Exception {
		fixture().breakpointAt("xorl\ttr_cr4(%rip), %eax").setEnabled(false);
		GasketLineBreakpoint jnz = fixture().breakpointAt("jnz\tenter_compat");
		fixture().breakpointAtLine(fixture().lineAfter("lretq", jnz.getLineNumber()));
		GasketThread thread = launchScenarioB();
		fixture().awaitSuspend(DebugEvent.BREAKPOINT);
		assertEquals(jnz.getLineNumber(), thread.getTopStackFrame().getLineNumber());

		DebugPlugin.getDefault().getBreakpointManager().setEnabled(false);
		try {
			thread.resume();
			fixture().awaitSuspend(DebugEvent.UNSPECIFIED);
			assertEquals(fixture().line("3:\thlt"), thread.getTopStackFrame().getLineNumber(), "the lretq breakpoint was skipped");
		} finally {
			DebugPlugin.getDefault().getBreakpointManager().setEnabled(true);
		}
	}

	@Test
	void breakpointsAddedAndRemovedWhileTheProgramRunsTakeEffect() throws Exception {
		GasketThread thread = launchScenarioB("tr_lock=1");
		Thread.sleep(RUNNING_MILLIS);
		GasketLineBreakpoint inTheLoop = fixture().breakpointAt("jmp\tlock_spin64");
		fixture().awaitSuspend(DebugEvent.BREAKPOINT);
		assertEquals(inTheLoop.getLineNumber(), thread.getTopStackFrame().getLineNumber());

		DebugPlugin.getDefault().getBreakpointManager().removeBreakpoint(inTheLoop, true);
		thread.resume();
		Thread.sleep(RUNNING_MILLIS);
		assertFalse(thread.isSuspended(), "the removed breakpoint no longer stops the loop");
		thread.suspend();
		fixture().awaitSuspend(DebugEvent.CLIENT_REQUEST);
		assertEquals(0, thread.getBreakpoints().length);
	}
}
