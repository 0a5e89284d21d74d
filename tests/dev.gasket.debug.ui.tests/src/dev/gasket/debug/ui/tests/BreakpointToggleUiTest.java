package dev.gasket.debug.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.model.IBreakpoint;
import org.eclipse.jface.bindings.TriggerSequence;
import org.eclipse.jface.bindings.keys.KeySequence;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.keys.IBindingService;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.gasket.debug.model.GasketDebugModel;
import dev.gasket.debug.model.GasketLineBreakpoint;
import dev.gasket.debug.model.GasketWatchpoint;
import dev.gasket.debug.ui.breakpoints.GasketBreakpoints;

/** Line breakpoints in the Gasket editor on the trampoline example: the toggle command, the ruler, refusals, moving lines. */
class BreakpointToggleUiTest {
	private static final String TOGGLE_BREAKPOINT = "org.eclipse.debug.ui.commands.ToggleBreakpoint";
	private static final String BREAKPOINT_ANNOTATION = "org.eclipse.debug.core.breakpoint";

	@TempDir
	Path temporary;

	private TrampolineProject trampoline;
	private ITextEditor editor;
	private EditorProbe probe;

	@BeforeEach
	void openTrampoline() throws Exception {
		trampoline = TrampolineProject.importCopy(temporary);
		editor = trampoline.open(trampoline.source());
		probe = new EditorProbe(editor);
	}

	@AfterEach
	void deleteTrampoline() throws Exception {
		trampoline.dispose();
	}

	@Test
	void toggleBreakpointCommandAddsALineBreakpointShownInTheRulerAndRemovesItAgain() throws Exception {
		int line = trampoline.lineOf("\tlock btsl $0, tr_lock(%rip)");
		probe.caretAt(line, 3);
		int[] rulerBefore = probe.rulerPixels(line);

		Ui.execute(TOGGLE_BREAKPOINT);
		Ui.waitUntil("a breakpoint exists", () -> GasketBreakpoints.all().count() == 1);
		IBreakpoint breakpoint = GasketBreakpoints.all().findFirst().orElseThrow();
		assertInstanceOf(GasketLineBreakpoint.class, breakpoint);
		assertFalse(breakpoint instanceof GasketWatchpoint);
		assertEquals(GasketDebugModel.ID, breakpoint.getModelIdentifier());
		assertTrue(breakpoint.isEnabled());
		IMarker marker = breakpoint.getMarker();
		assertEquals(trampoline.source(), marker.getResource());
		assertEquals(line, marker.getAttribute(IMarker.LINE_NUMBER, -1));
		assertTrue(marker.isSubtypeOf(GasketDebugModel.LINE_BREAKPOINT_MARKER));
		Ui.waitUntil("the breakpoint annotation is on line " + line, () -> annotatedLine(marker).equals(Optional.of(line)));
		Ui.waitUntil("the ruler draws the breakpoint beside line " + line, () -> !Arrays.equals(rulerBefore, probe.rulerPixels(line)));

		Ui.execute(TOGGLE_BREAKPOINT);
		Ui.waitUntil("the breakpoint is gone", () -> GasketBreakpoints.all().count() == 0);
		assertFalse(marker.exists());
		Ui.waitUntil("the ruler beside line " + line + " is clear again", () -> Arrays.equals(rulerBefore, probe.rulerPixels(line)));
	}

	@Test
	void doubleClickOnTheRulerTogglesTheLineClicked() throws Exception {
		int line = trampoline.lineOf("\tcli");
		probe.caretAt(trampoline.lineOf("\tlretq"), 1);

		probe.doubleClickRuler(line);
		Ui.waitUntil("a breakpoint exists", () -> GasketBreakpoints.all().count() == 1);
		assertEquals(Optional.of(line), GasketBreakpoints.at(trampoline.source(), line).map(IBreakpoint::getMarker)
				.map(marker -> marker.getAttribute(IMarker.LINE_NUMBER, -1)));

		probe.doubleClickRuler(line);
		Ui.waitUntil("the breakpoint is gone", () -> GasketBreakpoints.all().count() == 0);
	}

	@Test
	void linesWithoutCodeAreRefusedWithAMessageInTheStatusLine() throws Exception {
		List<String[]> refused = List.of(
				new String[] { "\t/* one AP at a time: the others spin until the kernel releases tr_lock */", "it is only a comment" },
				new String[] { "\t.code64", "it is the directive .code64, which assembles no instruction" },
				new String[] { "\tSYM_DATA(tr_lock,\t\t.long 0)", "it defines data (the symbol tr_lock), not code: Toggle Watchpoint watches it" },
				new String[] { "SYM_CODE_START(trampoline_start64)", "it only defines the symbol trampoline_start64" });
		for (String[] row : refused) {
			int line = trampoline.lineOf(row[0]);
			probe.caretAt(line, 0);
			Ui.execute(TOGGLE_BREAKPOINT);
			String message = "No breakpoint on line " + line + " of " + TrampolineProject.SOURCE + ": " + row[1];
			Ui.waitUntil("the status line says '" + message + "'", () -> !Ui.find(editor.getSite().getShell(), CLabel.class,
					label -> message.equals(label.getText())).isEmpty());
			assertEquals(0, GasketBreakpoints.all().count(), "no breakpoint on '" + row[0] + "'");
		}
	}

	@Test
	void aBreakpointMovesWithItsLineWhenLinesAreInsertedAboveAndTheFileIsSaved() throws Exception {
		int line = trampoline.lineOf("\tljmpl\t*tr_compat(%rip)");
		probe.caretAt(line, 1);
		Ui.execute(TOGGLE_BREAKPOINT);
		Ui.waitUntil("a breakpoint exists", () -> GasketBreakpoints.all().count() == 1);
		IMarker marker = GasketBreakpoints.all().findFirst().orElseThrow().getMarker();

		int above = trampoline.lineOf("SYM_CODE_START(trampoline_start64)");
		probe.document().replace(probe.offset(above, 0), 0, "\t/* two lines more */\n\tnop\n");
		Ui.waitUntil("the annotation follows the text at once", () -> annotatedLine(marker).equals(Optional.of(line + 2)));
		editor.doSave(new NullProgressMonitor());
		Ui.waitUntil("the saved marker is on line " + (line + 2), () -> marker.getAttribute(IMarker.LINE_NUMBER, -1) == line + 2);
		assertEquals(1, DebugPlugin.getDefault().getBreakpointManager().getBreakpoints(GasketDebugModel.ID).length);

		probe.caretAt(line + 2, 1);
		Ui.execute(TOGGLE_BREAKPOINT);
		Ui.waitUntil("toggling the moved line removes it", () -> GasketBreakpoints.all().count() == 0);
	}

	@Test
	void runMenuOffersToggleBreakpointBoundToCtrlShiftBAndToggleWatchpoint() throws Exception {
		int line = trampoline.lineOf("\tmovq\t%cr4, %rax");
		probe.caretAt(line, 2);
		MenuItem run = Arrays.stream(editor.getSite().getShell().getMenuBar().getItems()).filter(item -> item.getText().replace("&", "").equals("Run"))
				.findFirst().orElseThrow(() -> new AssertionError("the menu bar has no Run menu while the Gasket editor is active"));
		Menu menu = run.getMenu();
		menu.notifyListeners(SWT.Show, new Event());
		try {
			assertTrue(item(menu, "Toggle Watchpoint").isEnabled());
			MenuItem toggle = item(menu, "Toggle Breakpoint");
			assertTrue(toggle.getText().contains("\t"), () -> toggle.getText() + " shows its key binding");
			assertTrue(toggle.isEnabled());
			toggle.notifyListeners(SWT.Selection, new Event());
		} finally {
			menu.notifyListeners(SWT.Hide, new Event());
		}
		Ui.waitUntil("Run > Toggle Breakpoint set one on line " + line, () -> GasketBreakpoints.at(trampoline.source(), line).isPresent());
		List<TriggerSequence> keys = List.of(PlatformUI.getWorkbench().getService(IBindingService.class).getActiveBindingsFor(TOGGLE_BREAKPOINT));
		assertTrue(keys.contains(KeySequence.getInstance("M1+M2+B")), () -> "Ctrl+Shift+B runs Toggle Breakpoint: " + keys);
	}

	private static MenuItem item(Menu menu, String label) {
		return Arrays.stream(menu.getItems()).filter(item -> item.getText().replace("&", "").startsWith(label)).findFirst()
				.orElseThrow(() -> new AssertionError("Run has no " + label));
	}

	private Optional<Integer> annotatedLine(IMarker marker) {
		try {
			return probe.annotatedLine(marker, BREAKPOINT_ANNOTATION);
		} catch (Exception e) {
			throw new AssertionError(e);
		}
	}
}
