package dev.gasket.debug.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.gasket.debug.model.GasketWatchpoint;
import dev.gasket.debug.ui.breakpoints.GasketBreakpoints;

/** Toggle Watchpoint on a data symbol under the caret: set at the symbol's definition, in whichever file defines it. */
class WatchpointUiTest {
	private static final String TOGGLE_WATCHPOINT = "org.eclipse.debug.ui.commands.ToggleWatchpoint";
	private static final String USER_S = """
			#include "linkage.h"
			\t.text
			\tincl\ttr_lock(%rip)
			\tret
			""";

	@RegisterExtension
	final ImportedTrampoline imported = new ImportedTrampoline();

	private TrampolineProject trampoline() {
		return imported.project();
	}

	@Test
	void toggleWatchpointOnTrLockSetsAWatchpointAtItsDefinitionAndRemovesItAgain() throws Exception {
		EditorProbe probe = new EditorProbe(trampoline().open(trampoline().source()));
		String use = "\tlock btsl $0, tr_lock(%rip)";
		probe.caretAt(trampoline().lineOf(use), use.indexOf("tr_lock") + 2);

		Ui.execute(TOGGLE_WATCHPOINT);
		Ui.waitUntil("a watchpoint exists", () -> GasketBreakpoints.all().count() == 1);
		GasketWatchpoint watchpoint = onlyWatchpoint();
		assertEquals("tr_lock", watchpoint.getSymbol());
		assertEquals(trampoline().source(), watchpoint.getMarker().getResource());
		assertEquals(trampoline().lineOf("\tSYM_DATA(tr_lock,\t\t.long 0)"), watchpoint.getMarker().getAttribute(IMarker.LINE_NUMBER, -1));
		assertTrue(watchpoint.isModification(), "a new watchpoint stops on writes");
		assertFalse(watchpoint.isAccess(), "and not on reads");

		Ui.execute(TOGGLE_WATCHPOINT);
		Ui.waitUntil("the watchpoint is gone", () -> GasketBreakpoints.all().count() == 0);

		Ui.execute(TOGGLE_WATCHPOINT);
		Ui.waitUntil("a watchpoint again", () -> GasketBreakpoints.all().count() == 1);
		probe.doubleClickRuler(trampoline().lineOf("\tSYM_DATA(tr_lock,\t\t.long 0)"));
		Ui.waitUntil("a double-click on the ruler beside the definition removes it", () -> GasketBreakpoints.all().count() == 0);
	}

	@Test
	void aUseInAnotherFileWatchesTheDefinitionInTrampoline() throws Exception {
		IFile user = trampoline().create("user.S", USER_S);
		ITextEditor editor = trampoline().open(user);
		EditorProbe probe = new EditorProbe(editor);
		probe.caretAt(3, "\tincl\ttr_".length());

		selectContextMenuItem(editor, "Toggle Watchpoint");
		Ui.waitUntil("the context menu set a watchpoint", () -> GasketBreakpoints.all().count() == 1);
		GasketWatchpoint watchpoint = onlyWatchpoint();
		assertEquals("tr_lock", watchpoint.getSymbol());
		assertEquals(trampoline().source(), watchpoint.getMarker().getResource(), "the defining file, not user.S");
		assertEquals(trampoline().lineOf("\tSYM_DATA(tr_lock,\t\t.long 0)"), watchpoint.getMarker().getAttribute(IMarker.LINE_NUMBER, -1));
	}

	@Test
	void symbolsThatAreNotDataAreRefused() throws Exception {
		ITextEditor editor = trampoline().open(trampoline().source());
		EditorProbe probe = new EditorProbe(editor);
		String[][] refused = {
				{ "\tjmp\tlock_spin64", "lock_spin64", "No watchpoint on lock_spin64: it is a label, not data; a watchpoint watches the bytes of a data symbol" },
				{ "\tljmpl\t$__KERNEL_CS, $startup_64", "startup_64", "No watchpoint on startup_64: it is code, not data; a watchpoint watches the bytes of a data symbol" },
				{ "\tcli", "cli", "No watchpoint: there is no symbol with a definition at the caret" } };
		for (String[] row : refused) {
			probe.caretAt(trampoline().lineOf(row[0]), row[0].indexOf(row[1]) + 1);
			Ui.execute(TOGGLE_WATCHPOINT);
			Ui.waitUntil("the status line says '" + row[2] + "'",
					() -> !Ui.find(editor.getSite().getShell(), CLabel.class, label -> row[2].equals(label.getText())).isEmpty());
			assertEquals(0, GasketBreakpoints.all().count(), "no watchpoint for " + row[1]);
		}
	}

	private static GasketWatchpoint onlyWatchpoint() {
		return GasketBreakpoints.all().map(GasketWatchpoint.class::cast).findFirst().orElseThrow();
	}

	/** Shows the editor's context menu as a right-click does and selects its enabled item labelled {@code label}. */
	private static void selectContextMenuItem(ITextEditor editor, String label) {
		Menu menu = new EditorProbe(editor).textWidget().getMenu();
		menu.notifyListeners(SWT.Show, new Event());
		try {
			Ui.flushEvents();
			MenuItem item = Arrays.stream(menu.getItems()).filter(candidate -> candidate.getText().replace("&", "").startsWith(label)).findFirst()
					.orElseThrow(() -> new AssertionError("the context menu has no " + label + ": "
							+ Arrays.stream(menu.getItems()).map(MenuItem::getText).toList()));
			assertTrue(item.isEnabled(), label + " is enabled");
			item.notifyListeners(SWT.Selection, new Event());
		} finally {
			menu.notifyListeners(SWT.Hide, new Event());
		}
		Ui.flushEvents();
	}
}
