package dev.gasket.debug.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.jface.dialogs.DialogPage;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.gasket.debug.model.GasketLineBreakpoint;
import dev.gasket.debug.model.GasketWatchpoint;
import dev.gasket.debug.ui.breakpoints.BreakpointLabels;
import dev.gasket.debug.ui.breakpoints.GasketBreakpointPropertyPage;

/** The breakpoint properties page, opened as the Breakpoints view's Properties opens it, filled in as a user does. */
class BreakpointPropertiesUiTest {
	@TempDir
	Path temporary;

	private TrampolineProject trampoline;
	private PreferenceDialog dialog;

	@BeforeEach
	void importTrampoline() throws Exception {
		trampoline = TrampolineProject.importCopy(temporary);
	}

	@AfterEach
	void closeAndDelete() throws Exception {
		if (dialog != null && dialog.getShell() != null && !dialog.getShell().isDisposed()) {
			dialog.close();
		}
		trampoline.dispose();
	}

	@Test
	void conditionHitCountAndEnabledAreSetOnTheBreakpoint() throws Exception {
		int line = trampoline.lineOf("\tlock btsl $0, tr_lock(%rip)");
		GasketLineBreakpoint breakpoint = new GasketLineBreakpoint(trampoline.source(), line);
		DebugPlugin.getDefault().getBreakpointManager().addBreakpoint(breakpoint);
		assertEquals("trampoline_64.S [line: " + line + "]", BreakpointLabels.label(breakpoint));

		Shell shell = open(breakpoint);
		Text condition = fieldAfter(shell, "&Condition:");
		condition.setText("tr_lock ==");
		assertTrue(pageError().contains("at column 11: expected a name"), pageError());
		assertFalse(okButton(shell).isEnabled(), "a malformed condition cannot be applied");

		condition.setText("tr_lock != 0");
		Text hitCount = fieldAfter(shell, "&Hit count:");
		hitCount.setText("three");
		assertFalse(okButton(shell).isEnabled(), "a hit count must be a number");
		hitCount.setText("3");
		assertEquals(null, pageError());
		click(checkbox(shell, "&Enabled"));
		click(okButton(shell));

		assertTrue(shell.isDisposed(), "OK closes the dialog");
		assertEquals("tr_lock != 0", breakpoint.getCondition());
		assertEquals(3, breakpoint.getHitCount());
		assertFalse(breakpoint.isEnabled());
		assertEquals("trampoline_64.S [line: " + line + "] [hit count: 3] [condition: tr_lock != 0]", BreakpointLabels.label(breakpoint));
	}

	@Test
	void aWatchpointStopsOnReadsWhenAskedAndNeedsReadsOrWrites() throws Exception {
		int line = trampoline.lineOf("\tSYM_DATA(tr_lock,\t\t.long 0)");
		GasketWatchpoint watchpoint = new GasketWatchpoint(trampoline.source(), line, "tr_lock");
		DebugPlugin.getDefault().getBreakpointManager().addBreakpoint(watchpoint);
		assertEquals("tr_lock (write) \u2014 trampoline_64.S [line: " + line + "]", BreakpointLabels.label(watchpoint));

		Shell shell = open(watchpoint);
		Button write = checkbox(shell, "Stop on &write (modification)");
		Button read = checkbox(shell, "Stop on &read (access)");
		assertTrue(write.getSelection());
		assertFalse(read.getSelection());
		click(write);
		assertFalse(okButton(shell).isEnabled(), "neither reads nor writes watches nothing");
		assertTrue(pageError().contains("choose at least one"));
		click(read);
		click(write);
		click(okButton(shell));

		assertTrue(watchpoint.isAccess());
		assertTrue(watchpoint.isModification());
		assertEquals("tr_lock (read/write) \u2014 trampoline_64.S [line: " + line + "]", BreakpointLabels.label(watchpoint));
	}

	private Shell open(IAdaptable breakpoint) {
		Shell workbench = Ui.page().getWorkbenchWindow().getShell();
		dialog = PreferencesUtil.createPropertyDialogOn(workbench, breakpoint, GasketBreakpointPropertyPage.ID,
				new String[] { GasketBreakpointPropertyPage.ID }, null);
		assertNotNull(dialog, "the property page is registered for the breakpoint");
		dialog.setBlockOnOpen(false);
		dialog.open();
		Ui.flushEvents();
		return dialog.getShell();
	}

	private String pageError() {
		return ((DialogPage) dialog.getSelectedPage()).getErrorMessage();
	}

	/** The text field to the right of the label reading {@code label}. */
	private static Text fieldAfter(Shell shell, String label) {
		Label found = Ui.find(shell, Label.class, candidate -> label.equals(candidate.getText())).stream().findFirst()
				.orElseThrow(() -> new AssertionError("no label " + label));
		List<Control> siblings = List.of(found.getParent().getChildren());
		return (Text) siblings.get(siblings.indexOf(found) + 1);
	}

	private static Button checkbox(Composite shell, String label) {
		return Ui.find(shell, Button.class, button -> (button.getStyle() & SWT.CHECK) != 0 && label.equals(button.getText())).stream().findFirst()
				.orElseThrow(() -> new AssertionError("no checkbox " + label));
	}

	private static Button okButton(Shell shell) {
		return Ui.find(shell, Button.class, button -> Integer.valueOf(IDialogConstants.OK_ID).equals(button.getData())).stream().findFirst()
				.orElseThrow(() -> new AssertionError("the dialog has no OK button"));
	}

	/** A click: a checkbox changes state first, then listeners hear of it. */
	private static void click(Button button) {
		if ((button.getStyle() & SWT.CHECK) != 0) {
			button.setSelection(!button.getSelection());
		}
		button.notifyListeners(SWT.Selection, new Event());
		Ui.flushEvents();
	}
}
