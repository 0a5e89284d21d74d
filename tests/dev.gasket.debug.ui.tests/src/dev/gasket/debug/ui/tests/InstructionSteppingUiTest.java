package dev.gasket.debug.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.commands.Command;
import org.eclipse.core.commands.State;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandImageService;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.RegistryToggleState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.gasket.debug.model.GasketStackFrame;
import dev.gasket.debug.model.state.DisassembledLine;
import dev.gasket.debug.model.state.Disassembly;
import dev.gasket.debug.ui.stepping.InstructionSteppingHandler;

/**
 * The "Instruction Stepping Mode" toggle: enabled for a selected Gasket session, checked as the selected target's
 * mode, and with it on Step Into goes one instruction where it otherwise goes one source line.
 */
class InstructionSteppingUiTest {
	private static final String STEP_INTO = "org.eclipse.debug.ui.commands.StepInto";
	private static final String TOGGLE_TOOLTIP = "Instruction Stepping Mode";
	/** Two instructions on one line: only here a line step and an instruction step end apart. */
	private static final String TWICE_S = """
			\t.text
			\t.globl\ttwice
			twice:
			\tincl\t%edx; incl\t%edx
			\tnop
			\thlt
			""";

	@TempDir
	Path temporary;

	private TrampolineProject trampoline;
	private DebugViewProbe debugView;

	@BeforeEach
	void importTrampoline() throws Exception {
		trampoline = TrampolineProject.importCopy(temporary);
		debugView = DebugViewProbe.show();
	}

	@AfterEach
	void deleteTrampoline() throws Exception {
		trampoline.dispose();
	}

	@Test
	void inTheTrampolineStepIntoGoesOneInstructionWithTheToggleOnAndOneLineWithItOff() throws Exception {
		try (EmulatorSession session = EmulatorSession.start(EmulatorSession.trampoline())) {
			GasketStackFrame entry = session.top();
			debugView.select(session.thread());
			List<DisassembledLine> listing = session.onEngine(() -> Disassembly.around(session.target().session(), entry.address(), 0, 2));
			assertEquals(entry.address(), listing.get(0).address(), "the listing starts at the frame's instruction");

			toggle();
			assertTrue(session.target().isInstructionSteppingEnabled(), "the command switched the selected target's mode");
			session.stepWith(STEP_INTO);
			assertEquals(listing.get(1).address(), session.top().address(), "one instruction: the listing's next line");
			assertEquals(listing.get(1).location().orElseThrow().line(), session.top().getLineNumber());

			toggle();
			assertFalse(session.target().isInstructionSteppingEnabled());
			session.stepWith(STEP_INTO);
			assertEquals(listing.get(2).location().orElseThrow().line(), session.top().getLineNumber(), "the next source line");
			assertEquals(listing.get(2).address(), session.top().address());
		}
	}

	@Test
	void onALineOfTwoInstructionsAnInstructionStepStaysOnTheLineAndALineStepLeavesIt() throws Exception {
		trampoline.create("twice.S", TWICE_S);
		try (EmulatorSession session = EmulatorSession.start(EmulatorSession.configuration("/trampoline/twice.S", "twice", List.of()))) {
			GasketStackFrame entry = session.top();
			debugView.select(entry);
			assertEquals(4, entry.getLineNumber());
			List<DisassembledLine> listing = session.onEngine(() -> Disassembly.around(session.target().session(), entry.address(), 0, 1));
			long edx = edx(session);

			toggle();
			session.stepWith(STEP_INTO);
			assertEquals(listing.get(1).address(), session.top().address(), "the second incl");
			assertEquals(4, session.top().getLineNumber(), "still the line of both incl");
			assertEquals(edx + 1, edx(session), "one incl ran");

			toggle();
			session.stepWith(STEP_INTO);
			assertEquals(5, session.top().getLineNumber(), "a line step leaves the line: the nop");
			assertEquals(edx + 2, edx(session));
		}
	}

	@Test
	void theCheckedStateFollowsTheSelectedTargetAndTheToggleIsOffForATerminatedOne() throws Exception {
		trampoline.create("twice.S", TWICE_S);
		try (EmulatorSession first = EmulatorSession.start(EmulatorSession.trampoline());
				EmulatorSession second = EmulatorSession.start(EmulatorSession.configuration("/trampoline/twice.S", "twice", List.of()))) {
			debugView.select(first.top());
			Ui.waitUntil("the toggle is enabled for a suspended Gasket session", () -> command().isEnabled());
			assertFalse(checked(), "a new session steps by line");

			toggle();
			assertTrue(first.target().isInstructionSteppingEnabled());
			assertFalse(second.target().isInstructionSteppingEnabled(), "only the selected target's mode changes");
			assertTrue(checked());
			ToolItem item = debugView.toolItem(TOGGLE_TOOLTIP).orElseThrow(() -> new AssertionError("no " + TOGGLE_TOOLTIP + " in the Debug view's toolbar"));
			Ui.waitUntil("the Debug view's toggle shows it on", item::getSelection);
			assertTrue(runMenuToggleChecked(), "Run > Instruction Stepping Mode shows it on");

			debugView.select(second.thread());
			Ui.waitUntil("the toggle shows the second target's mode: off", () -> !checked() && !item.getSelection());
			assertFalse(runMenuToggleChecked());

			debugView.select(first.launch());
			Ui.waitUntil("a launch stands for its target: on again", () -> checked() && item.getSelection());
			debugView.select(second.process());
			Ui.waitUntil("so does the process: the second target's mode", () -> !checked() && command().isEnabled());

			second.launch().terminate();
			debugView.select(second.launch());
			Ui.waitUntil("a terminated session cannot be toggled", () -> !command().isEnabled());
			assertFalse(checked());
		}
	}

	@Test
	void theToggleHasItsIcon() {
		ImageDescriptor icon = PlatformUI.getWorkbench().getService(ICommandImageService.class).getImageDescriptor(InstructionSteppingHandler.COMMAND_ID);
		ImageData pixels = icon == null ? null : icon.getImageData(100);
		assertNotNull(pixels, "the command's SVG icon loads");
		assertEquals(16, pixels.width);
		assertEquals(16, pixels.height);
	}

	/** Whether the Run menu's item is checked, as the menu shows when opened. */
	private static boolean runMenuToggleChecked() {
		Menu bar = Ui.page().getWorkbenchWindow().getShell().getMenuBar();
		Menu run = Arrays.stream(bar.getItems()).filter(entry -> entry.getText().replace("&", "").equals("Run")).findFirst()
				.orElseThrow(() -> new AssertionError("no Run menu")).getMenu();
		run.notifyListeners(SWT.Show, new Event());
		try {
			Ui.flushEvents();
			return Arrays.stream(run.getItems()).filter(entry -> entry.getText().replace("&", "").startsWith(TOGGLE_TOOLTIP)).findFirst()
					.orElseThrow(() -> new AssertionError("no " + TOGGLE_TOOLTIP + " in the Run menu")).getSelection();
		} finally {
			run.notifyListeners(SWT.Hide, new Event());
			Ui.flushEvents();
		}
	}

	private static long edx(EmulatorSession session) throws Exception {
		return session.onEngine(() -> session.target().session().evaluate("%edx"));
	}

	private static void toggle() throws Exception {
		Ui.waitUntil("Instruction Stepping Mode is enabled", () -> command().isEnabled());
		Ui.execute(InstructionSteppingHandler.COMMAND_ID);
	}

	private static Command command() {
		return PlatformUI.getWorkbench().getService(ICommandService.class).getCommand(InstructionSteppingHandler.COMMAND_ID);
	}

	private static boolean checked() {
		State state = command().getState(RegistryToggleState.STATE_ID);
		return Boolean.TRUE.equals(state.getValue());
	}
}
