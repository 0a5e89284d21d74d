package dev.gasket.debug.ui.tests;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import org.eclipse.debug.ui.DebugUITools;
import org.eclipse.debug.ui.IDebugUIConstants;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.console.ConsolePlugin;
import org.eclipse.ui.console.IConsoleConstants;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

import dev.gasket.debug.model.state.DisassembledLine;
import dev.gasket.debug.ui.disassembly.DisassemblyView;
import dev.gasket.lang.ui.example.WorkbenchScreenshot;

/**
 * The README's pictures of the Debug perspective suspended in the trampoline (scenario b, at the {@code jnz}): the
 * Debug view, the Registers view with CR4's bits open, the editor's instruction pointer, the Console; then the
 * Disassembly view, maximized so that every column shows. Written to the folder {@code -Dgasket.screenshots} names, e.g.
 * {@code ./mvnw -o verify -pl tests/dev.gasket.debug.ui.tests -Dgasket.screenshots=$PWD/docs/images -Dtest=DebugPerspectiveScreenshotUiTest}.
 */
@EnabledIfSystemProperty(named = "gasket.screenshots", matches = "/.+")
class DebugPerspectiveScreenshotUiTest {
	@TempDir
	Path temporary;
	private TrampolineProject trampoline;
	private DebugSessions sessions;

	@BeforeEach
	void importExample() throws Exception {
		trampoline = TrampolineProject.importCopy(temporary);
		DebugSessions.openDebugPerspective();
		DebugLayout.showRegistersBelowVariables();
		sessions = new DebugSessions();
	}

	@AfterEach
	void end() throws Exception {
		sessions.terminateAll();
		trampoline.dispose();
	}

	@Test
	void theDebugPerspectiveSuspendedAtTheJnz() throws Exception {
		Path folder = Path.of(System.getProperty("gasket.screenshots"));
		ITextEditor editor = trampoline.open(trampoline.source());
		new EditorProbe(editor).doubleClickRuler(trampoline.lineOf(DebuggingTheTrampolineUiTest.XOR_TR_CR4));
		sessions.launchAndWaitForSuspend(DebuggingTheTrampolineUiTest.example("trampoline-b-long4-x86s"));
		sessions.commandUntilSuspended(DebuggingTheTrampolineUiTest.STEP_OVER);
		sessions.commandUntilSuspended(DebuggingTheTrampolineUiTest.STEP_OVER);
		int jnz = trampoline.lineOf(DebuggingTheTrampolineUiTest.JNZ);
		Ui.waitUntil("the instruction pointer is on the jnz", () -> DebugSessions.instructionPointerLine(editor).equals(Optional.of(jnz)));

		Ui.page().showView(IConsoleConstants.ID_CONSOLE_VIEW, null, IWorkbenchPage.VIEW_VISIBLE);
		ConsolePlugin.getDefault().getConsoleManager().showConsoleView(DebugUITools.getConsole(sessions.launch().getProcesses()[0]));
		Tree registers = DebugLayout.tree(IDebugUIConstants.ID_REGISTER_VIEW);
		DebugLayout.open(registers, "Control", "cr4", "PAE");
		TreeItem cr4 = DebugLayout.open(registers, "Control", "cr4");
		Ui.waitUntil("cr4 shows its PAE bit", () -> DebugLayout.item(cr4.getItems(), "PAE").filter(bit -> !bit.getText(1).isEmpty()).isPresent());
		registers.setTopItem(cr4);
		Ui.page().activate(Ui.page().findView(IDebugUIConstants.ID_DEBUG_VIEW));
		settle();
		Ui.flushEvents();
		WorkbenchScreenshot.save(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), folder.resolve("debug-perspective.png"));

		DisassemblyView disassembly = (DisassemblyView) Ui.page().showView(DisassemblyView.ID);
		Ui.waitUntil("the Disassembly view marks the jnz", () -> disassembly.shownLines().stream().filter(DisassembledLine::current)
				.anyMatch(line -> line.location().map(at -> at.line() == jnz).orElse(false)));
		Ui.page().setPartState(Ui.page().getReference(disassembly), IWorkbenchPage.STATE_MAXIMIZED);
		settle();
		Ui.flushEvents();
		WorkbenchScreenshot.save(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), folder.resolve("debug-disassembly.png"));
	}

	/** Lets the views finish their deferred label and paint work before the capture. */
	private static void settle() {
		Display display = Display.getCurrent();
		long end = System.nanoTime() + Duration.ofSeconds(2).toNanos();
		while (System.nanoTime() < end) {
			if (!display.readAndDispatch()) {
				display.timerExec(20, () -> { });
				display.sleep();
			}
		}
	}
}
