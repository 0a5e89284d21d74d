package dev.gasket.debug.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.model.IRegisterGroup;
import org.eclipse.debug.core.model.IStackFrame;
import org.eclipse.debug.core.model.IVariable;
import org.eclipse.debug.ui.DebugUITools;
import org.eclipse.debug.ui.IDebugModelPresentation;
import org.eclipse.debug.ui.IDebugUIConstants;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.gasket.debug.model.GasketDebugModel;
import dev.gasket.debug.model.GasketLineBreakpoint;
import dev.gasket.debug.model.GasketStackFrame;
import dev.gasket.debug.model.GasketThread;
import dev.gasket.debug.model.GasketWatchpoint;
import dev.gasket.debug.model.state.DisassembledLine;
import dev.gasket.debug.ui.breakpoints.GasketBreakpoints;
import dev.gasket.debug.ui.disassembly.DisassemblyView;
import dev.gasket.debug.ui.launch.GasketLaunchShortcut;

/**
 * Issue 7 end to end in the workbench: the trampoline example imported with its launch configurations, a ruler
 * breakpoint in trampoline_start64, the suspended CPU in the Debug perspective (thread, frame, instruction pointer in
 * the editor, registers, disassembly), stepping over the {@code jnz} into the branch the scenario takes, Run to Line,
 * a watchpoint on tr_lock in real mode, and a clean end.
 */
class DebuggingTheTrampolineUiTest {
	static final String STEP_OVER = "org.eclipse.debug.ui.commands.StepOver";
	static final String STEP_INTO = "org.eclipse.debug.ui.commands.StepInto";
	static final String RUN_TO_LINE = "org.eclipse.debug.ui.commands.RunToLine";
	static final String RESUME = "org.eclipse.debug.ui.commands.Resume";
	static final String TERMINATE = "org.eclipse.debug.ui.commands.Terminate";
	static final String TOGGLE_WATCHPOINT = "org.eclipse.debug.ui.commands.ToggleWatchpoint";
	static final String XOR_TR_CR4 = "\txorl\ttr_cr4(%rip), %eax";
	static final String JNZ = "\tjnz\tenter_compat";

	@TempDir
	Path temporary;
	private TrampolineProject trampoline;
	private ITextEditor editor;
	private EditorProbe probe;
	private DebugSessions sessions;

	@BeforeEach
	void openTheExampleInTheDebugPerspective() throws Exception {
		trampoline = TrampolineProject.importCopy(temporary);
		DebugSessions.openDebugPerspective();
		editor = trampoline.open(trampoline.source());
		probe = new EditorProbe(editor);
		sessions = new DebugSessions();
	}

	@AfterEach
	void endEverything() throws Exception {
		sessions.terminateAll();
		trampoline.dispose();
	}

	static ILaunchConfiguration example(String name) throws Exception {
		ILaunchConfiguration[] configs = DebugPlugin.getDefault().getLaunchManager()
				.getLaunchConfigurations(DebugPlugin.getDefault().getLaunchManager().getLaunchConfigurationType(GasketDebugModel.LAUNCH_TYPE));
		return Arrays.stream(configs).filter(config -> config.getName().equals(name)).findFirst()
				.orElseThrow(() -> new AssertionError("the example has no configuration " + name));
	}

	/** A breakpoint as the user sets it: a double-click on the Gasket editor's ruler. */
	GasketLineBreakpoint rulerBreakpoint(String lineText) {
		int line = trampoline.lineOf(lineText);
		probe.doubleClickRuler(line);
		Ui.waitUntil("a breakpoint on line " + line, () -> GasketBreakpoints.at(trampoline.source(), line).isPresent());
		return (GasketLineBreakpoint) GasketBreakpoints.at(trampoline.source(), line).orElseThrow();
	}

	/**
	 * Clicks into the editor on {@code line}, again if the Debug view takes the focus back meanwhile (it does after
	 * a suspend), until the window's selection, which Run to Line reads, is that caret.
	 */
	void caretInTheEditor(int line) {
		Ui.waitUntil("the window's selection is the caret on line " + line, () -> {
			if (Ui.page().getActivePart() != editor || !(Ui.page().getSelection() instanceof ITextSelection caret) || caret.getStartLine() != line - 1) {
				Ui.page().activate(editor);
				editor.selectAndReveal(editor.getDocumentProvider().getDocument(editor.getEditorInput()).get().lines().limit(line - 1)
						.mapToInt(text -> text.length() + 1).sum(), 0);
				return false;
			}
			return true;
		});
	}

	void assertSuspendedAt(String lineText) throws Exception {
		int line = trampoline.lineOf(lineText);
		assertEquals(line, sessions.topLine(), "the top frame's line");
		Ui.waitUntil("the editor's instruction pointer is on line " + line,
				() -> DebugSessions.instructionPointerLine(editor).equals(Optional.of(line)));
	}

	@Test
	void aBreakpointInTrampolineStart64SuspendsTheLongModeScenarioThenStepsRunsToALineAndEnds() throws Exception {
		GasketLineBreakpoint breakpoint = rulerBreakpoint(XOR_TR_CR4);
		DisassemblyView disassembly = (DisassemblyView) Ui.page().showView(DisassemblyView.ID);

		GasketThread cpu = sessions.launchAndWaitForSuspend(example("trampoline-b-long4-x86s"));
		assertEquals(List.of(breakpoint), List.of(cpu.getBreakpoints()), "suspended by the ruler breakpoint");
		assertEquals("CPU 0 \u2014 64-bit, CPL 0", cpu.getName());
		GasketStackFrame top = (GasketStackFrame) cpu.getTopStackFrame();
		assertTrue(top.getName().startsWith("trampoline_start64+0x"), top.getName());
		assertSuspendedAt(XOR_TR_CR4);

		IDebugModelPresentation labels = DebugUITools.newDebugModelPresentation(GasketDebugModel.ID);
		try {
			String frameLabel = top.getName() + " at trampoline_64.S:" + trampoline.lineOf(XOR_TR_CR4);
			assertEquals(frameLabel, labels.getText(top));
			assertEquals("CPU 0 \u2014 64-bit, CPL 0 (suspended at a breakpoint)", labels.getText(cpu));
			assertEquals("Gasket x86 Emulator: trampoline_64.S (suspended)", labels.getText(cpu.getDebugTarget()));
			Tree debugView = DebugLayout.tree(IDebugUIConstants.ID_DEBUG_VIEW);
			Ui.waitUntil("the Debug view selects the frame by its label",
					() -> debugView.getSelection().length == 1 && debugView.getSelection()[0].getText().equals(frameLabel));
		} finally {
			labels.dispose();
		}

		IVariable cr4 = register(top, "Control", "cr4");
		assertEquals("1", bit(cr4, "PAE"), "long mode runs with PAE");
		assertEquals("0", bit(cr4, "LA57"), "the long4 start state pages with 4 levels");
		IVariable efer = register(top, "MSRs", "efer");
		assertEquals("1", bit(efer, "LME"));
		assertEquals("1", bit(efer, "LMA"), "long mode is active");

		Ui.waitUntil("the Disassembly view marks the instruction at the breakpoint", () -> current(disassembly)
				.filter(line -> line.address() == top.address() && line.text().startsWith("xor")).isPresent());

		sessions.commandUntilSuspended(STEP_OVER);
		sessions.commandUntilSuspended(STEP_OVER);
		assertSuspendedAt(JNZ);
		Ui.waitUntil("the Disassembly view follows to the jnz", () -> current(disassembly).filter(line -> line.text().startsWith("jne")
				|| line.text().startsWith("jnz")).isPresent());
		sessions.commandUntilSuspended(STEP_OVER);
		assertSuspendedAt("\tlock btsl $0, tr_lock(%rip)");
		assertEquals("CPU 0 \u2014 64-bit, CPL 0", sessions.thread().getName(), "4-level paging wanted: no detour through compatibility mode");

		int afterLock = trampoline.lineOf("\tmovl\t%edx, %fs");
		caretInTheEditor(afterLock);
		sessions.commandUntilSuspended(RUN_TO_LINE);
		assertEquals(afterLock, sessions.topLine(), "Run to Line stopped at the caret's line");

		sessions.commandUntilSuspended(RESUME);
		assertSuspendedAt("3:\thlt");
		assertTrue(sessions.console().contains("kernel: AP online, 4-level paging"), sessions.console());
		sessions.command(TERMINATE);
		Ui.waitUntil("the launch ends", () -> sessions.launch().isTerminated());
		Ui.waitUntil("its engine thread ends", () -> !DebugSessions.engineThreadsRunning());
		assertTrue(breakpoint.getMarker().exists(), "breakpoints outlive the launch");
	}

	@Test
	void fiveLevelPagingOnALegacyCpuTakesTheJnzIntoCompatibilityMode() throws Exception {
		rulerBreakpoint(XOR_TR_CR4);
		sessions.launchAndWaitForSuspend(example("trampoline-d-la57-legacy"));
		assertSuspendedAt(XOR_TR_CR4);
		sessions.commandUntilSuspended(STEP_OVER);
		sessions.commandUntilSuspended(STEP_OVER);
		assertSuspendedAt(JNZ);
		sessions.commandUntilSuspended(STEP_OVER);
		assertSuspendedAt("\tljmpl\t*tr_compat(%rip)");
	}

	@Test
	void aWatchpointOnTrLockStopsTheRealModeScenarioAtTheLockBts() throws Exception {
		String bts = "\tlock btsl $0, tr_lock";
		probe.caretAt(trampoline.lineOf(bts), bts.indexOf("tr_lock") + 2);
		Ui.execute(TOGGLE_WATCHPOINT);
		Ui.waitUntil("a watchpoint on tr_lock", () -> GasketBreakpoints.watching("tr_lock", trampoline.source()).isPresent());
		GasketWatchpoint watchpoint = GasketBreakpoints.watching("tr_lock", trampoline.source()).orElseThrow();

		GasketThread cpu = sessions.launchAndWaitForSuspend(example("trampoline-a-real-mode-legacy"));
		assertEquals(List.of(watchpoint), List.of(cpu.getBreakpoints()));
		assertEquals("CPU 0 \u2014 real mode, CPL 0", cpu.getName());
		Ui.waitUntil("the console names the writing instruction", () -> sessions.console().contains("Watchpoint: write to tr_lock")
				&& sessions.console().contains("by the instruction at trampoline_64.S:" + trampoline.lineOf(bts)));
		assertSuspendedAt("\tjnc\tlock_taken_rm");
	}

	@Test
	void debugAsInTheEditorStartsAtTheCodeSymbolUnderTheCaret() throws Exception {
		String kernel = "SYM_CODE_START(kernel_entry)";
		probe.caretAt(trampoline.lineOf(kernel), kernel.indexOf("kernel_entry") + 3);
		GasketThread cpu = sessions.startAndWaitForSuspend("Debug As", () -> new GasketLaunchShortcut().launch(editor, "debug"));
		ILaunchConfiguration made = sessions.launch().getLaunchConfiguration();
		assertEquals("trampoline_64.S (kernel_entry)", made.getName(), "a new configuration for the file and symbol");
		assertEquals("CPU 0 \u2014 64-bit, CPL 0", cpu.getName(), "64-bit code starts in long mode");
		assertSuspendedAt("\tleaq\tkernel_online_4level(%rip), %rsi");
		made.delete();
	}

	private static IVariable register(IStackFrame frame, String group, String name) throws Exception {
		for (IRegisterGroup registers : frame.getRegisterGroups()) {
			if (registers.getName().equals(group)) {
				return Arrays.stream(registers.getRegisters()).filter(register -> {
					try {
						return register.getName().equals(name);
					} catch (Exception e) {
						return false;
					}
				}).findFirst().orElseThrow(() -> new AssertionError("no register " + name + " in " + group));
			}
		}
		throw new AssertionError("no register group " + group);
	}

	private static String bit(IVariable register, String name) throws Exception {
		for (IVariable bit : register.getValue().getVariables()) {
			if (bit.getName().equals(name)) {
				return bit.getValue().getValueString();
			}
		}
		throw new AssertionError(register.getName() + " has no bit " + name);
	}

	private static Optional<DisassembledLine> current(DisassemblyView view) {
		return view.shownLines().stream().filter(DisassembledLine::current).findFirst();
	}
}
