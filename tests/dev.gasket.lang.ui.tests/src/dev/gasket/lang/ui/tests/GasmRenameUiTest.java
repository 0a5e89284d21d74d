package dev.gasket.lang.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.bindings.TriggerSequence;
import org.eclipse.jface.bindings.keys.KeySequence;
import org.eclipse.jface.text.IDocument;
import org.eclipse.ltk.core.refactoring.CheckConditionsOperation;
import org.eclipse.ltk.core.refactoring.PerformRefactoringOperation;
import org.eclipse.ltk.core.refactoring.RefactoringCore;
import org.eclipse.ltk.core.refactoring.RefactoringStatus;
import org.eclipse.ltk.core.refactoring.participants.RenameRefactoring;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.keys.IBindingService;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import dev.gasket.lang.ui.rename.RenameSymbolHandler;
import dev.gasket.lang.ui.rename.RenameSymbolProcessor;

/**
 * Rename Symbol in a real workbench: a data symbol defined through a {@code SYM_DATA} linkage macro and used in two
 * other files is renamed everywhere (through the refactoring API and through the dialog), and one undo restores
 * every file byte for byte, on disk and in the editors; invalid and clashing names change nothing.
 */
class GasmRenameUiTest {
	private static final Duration DIALOG = Duration.ofSeconds(30);
	private static final String LINKAGE_H = """
			#define SYM_DATA(name, data...)	.globl name; .type name, @object; name: data; .size name, .-name
			#define CR4_PCE	0x100
			""";
	private static final String DATA_S = """
			#include "linkage.h"
			\t.data
			SYM_DATA(tr_cr4, .space 4)
			SYM_DATA(tr_cr4_saved, .space 4)
			SYM_DATA(tr_lock, .long 0)
			\t.section .rodata
			\t.asciz\t"tr_cr4"
			""";
	private static final String ENTRY_S = """
			#include "linkage.h"
			\t.text
			/* tr_cr4 holds CR4 across the switch */
			\tmovl\ttr_cr4(%rip), %eax
			\tmovl\t%eax, tr_cr4_saved(%rip)
			\tret
			""";
	private static final String EXIT_S = """
			#include "linkage.h"
			\t.text
			\torl\t$CR4_PCE, tr_cr4(%rip)
			.Lspin:
			\tpause
			\tcmpl\t$0, tr_lock(%rip)
			\tjne\t.Lspin
			\tmovl\ttr_cr4(%rip), %ecx
			\tret
			""";
	private static final Map<String, String> ORIGINAL = files(LINKAGE_H, DATA_S, ENTRY_S, EXIT_S);

	private IProject project;
	private ITextEditor entryEditor;

	@BeforeEach
	void createProjectAndOpenEntry() throws CoreException {
		project = TestProjects.create("rename-test");
		for (Map.Entry<String, String> file : ORIGINAL.entrySet()) {
			TestProjects.createFile(project, file.getKey(), file.getValue());
		}
		entryEditor = open("entry.S");
	}

	@AfterEach
	void deleteProject() throws CoreException {
		page().closeAllEditors(false);
		project.delete(true, true, null);
	}

	@Test
	void renameEditsTheDefinitionAndEveryUseAndOneRefactoringUndoRestoresEveryFile() throws Exception {
		// exit.S is open with unsaved typing above its uses: the edits must land in that text, which stays unsaved
		ITextEditor exitEditor = open("exit.S");
		IDocument exitDocument = document(exitEditor);
		String typed = "\tnop\n";
		String dirtyExit = EXIT_S.replace("\t.text\n", "\t.text\n" + typed);
		exitDocument.replace(EXIT_S.indexOf("\torl"), 0, typed);

		RefactoringStatus status = rename("entry.S", ENTRY_S.indexOf("tr_cr4(%rip)") + 3, "tr_cr4_image");
		assertFalse(status.hasError(), status::toString);

		assertEquals(DATA_S.replace("SYM_DATA(tr_cr4,", "SYM_DATA(tr_cr4_image,"), onDisk("data.S"));
		String renamedEntry = ENTRY_S.replace("\ttr_cr4(%rip)", "\ttr_cr4_image(%rip)");
		assertEquals(renamedEntry, onDisk("entry.S"), "the open, saved editor is saved again");
		assertEquals(renamedEntry, document(entryEditor).get());
		assertFalse(entryEditor.isDirty());
		assertEquals(dirtyExit.replace("tr_cr4(%rip)", "tr_cr4_image(%rip)"), exitDocument.get(), "both uses in the unsaved text");
		assertTrue(exitEditor.isDirty(), "an editor with unsaved changes stays unsaved");
		assertEquals(EXIT_S, onDisk("exit.S"));
		assertEquals(LINKAGE_H, onDisk("linkage.h"));

		undoTheRefactoring();
		assertEveryFileOnDiskIsTheOriginal();
		assertEquals(ENTRY_S, document(entryEditor).get());
		assertFalse(entryEditor.isDirty());
		assertEquals(dirtyExit, exitDocument.get());
	}

	@Test
	void renameFromTheContextMenuThroughTheDialogWithItsPreviewThenEditUndo() throws Exception {
		entryEditor.selectAndReveal(ENTRY_S.indexOf("tr_cr4(%rip)") + 1, 0);
		TriggerSequence[] keys = PlatformUI.getWorkbench().getService(IBindingService.class).getActiveBindingsFor(RenameSymbolHandler.COMMAND);
		assertTrue(Arrays.asList(keys).contains(KeySequence.getInstance("M3+M2+R")), () -> "bound to " + Arrays.toString(keys));

		List<String> previewed = new ArrayList<>();
		DialogDriver dialog = new DialogDriver("Rename Symbol", DIALOG)
				.then("the new-name field shows tr_cr4", shell -> DialogDriver.fieldAfter(shell, "New name:").filter(field -> field.getText().equals("tr_cr4")).isPresent(),
						shell -> DialogDriver.fieldAfter(shell, "New name:").orElseThrow().setText("tr_cr4_image"))
				.then("Preview is enabled", shell -> DialogDriver.button(shell, "Preview >").filter(button -> button.isEnabled()).isPresent(),
						shell -> DialogDriver.press(DialogDriver.button(shell, "Preview >").orElseThrow()))
				.then("the preview lists the three changed files", shell -> previewLists(shell, previewed, "data.S", "entry.S", "exit.S"),
						shell -> DialogDriver.press(DialogDriver.button(shell, "OK").orElseThrow()))
				.start();
		chooseFromContextMenu("Rename Symbol...");
		dialog.assertDone();
		assertFalse(previewed.stream().anyMatch(item -> item.startsWith("linkage.h")), () -> "preview: " + previewed);

		assertEquals(DATA_S.replace("SYM_DATA(tr_cr4,", "SYM_DATA(tr_cr4_image,"), onDisk("data.S"));
		assertEquals(ENTRY_S.replace("\ttr_cr4(%rip)", "\ttr_cr4_image(%rip)"), document(entryEditor).get());
		assertEquals(EXIT_S.replace("tr_cr4(%rip)", "tr_cr4_image(%rip)"), onDisk("exit.S"));

		// Edit > Undo in the editor undoes the whole rename, once the user confirms the workbench's question about other files
		page().activate(entryEditor);
		List<String> questions = DialogDriver.answering("Undo", "OK",
				() -> PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(IWorkbenchCommandConstants.EDIT_UNDO, null));
		assertTrue(questions.stream().anyMatch(question -> question.contains("affects elements outside of 'entry.S'")), () -> "asked " + questions);
		UiConditions.flushEvents();
		assertEveryFileOnDiskIsTheOriginal();
		assertEquals(ENTRY_S, document(entryEditor).get());
		assertFalse(entryEditor.isDirty());
	}

	@Test
	void fileLocalLabelsAndCppMacrosAreRenamedWhereTheyAreNamed() throws Exception {
		assertTrue(rename("exit.S", EXIT_S.indexOf(".Lspin") + 2, ".Lwait").isOK());
		assertEquals(EXIT_S.replace(".Lspin", ".Lwait"), onDisk("exit.S"));
		assertEquals(DATA_S, onDisk("data.S"));
		undoTheRefactoring();
		assertEveryFileOnDiskIsTheOriginal();

		assertTrue(rename("exit.S", EXIT_S.indexOf("CR4_PCE"), "CR4_PCE_BIT").isOK());
		assertEquals(LINKAGE_H.replace("CR4_PCE", "CR4_PCE_BIT"), onDisk("linkage.h"));
		assertEquals(EXIT_S.replace("CR4_PCE", "CR4_PCE_BIT"), onDisk("exit.S"));
		undoTheRefactoring();
		assertEveryFileOnDiskIsTheOriginal();
	}

	@TestFactory
	Stream<DynamicTest> invalidAndClashingNamesAreRefusedWithTheReasonAndChangeNothing() {
		Map<String, String> reasons = new LinkedHashMap<>();
		reasons.put("1abc", "`1abc` is not a valid symbol name");
		reasons.put("%eax", "`%eax` is not a valid symbol name");
		reasons.put("eax", "`eax` is a register name");
		reasons.put("tr_lock", "`tr_lock` is already defined");
		reasons.put("tr_cr4", "`tr_cr4` is the current name");
		return reasons.entrySet().stream().map(row -> DynamicTest.dynamicTest(row.getKey(), () -> {
			RefactoringStatus status = rename("entry.S", ENTRY_S.indexOf("tr_cr4(%rip)"), row.getKey());
			assertTrue(status.hasFatalError(), status::toString);
			assertTrue(status.getMessageMatchingSeverity(RefactoringStatus.FATAL).contains(row.getValue()), status::toString);
			assertEveryFileOnDiskIsTheOriginal();
			assertEquals(ENTRY_S, document(entryEditor).get());
		}));
	}

	@Test
	void noSymbolAtTheCaretOrANumericLabelIsRefusedBeforeAskingForAName() throws Exception {
		RenameSymbolProcessor onAMnemonic = new RenameSymbolProcessor(project.getFile("entry.S"), ENTRY_S.indexOf("ret"));
		RefactoringStatus status = new RenameRefactoring(onAMnemonic).checkInitialConditions(new NullProgressMonitor());
		assertEquals("No symbol at the caret: put the caret on a symbol's name to rename it", status.getMessageMatchingSeverity(RefactoringStatus.FATAL));

		String numbered = "1:\n\tjmp\t1b\n";
		project.getFile("loop.S").create(new ByteArrayInputStream(numbered.getBytes(StandardCharsets.UTF_8)), true, null);
		RenameSymbolProcessor onANumber = new RenameSymbolProcessor(project.getFile("loop.S"), 0);
		status = new RenameRefactoring(onANumber).checkInitialConditions(new NullProgressMonitor());
		assertTrue(status.getMessageMatchingSeverity(RefactoringStatus.FATAL).startsWith("Cannot rename: numeric label `1`"), status::toString);
	}

	@Test
	void aFileEditedAfterTheRenameStartedIsRefusedRatherThanEditedAtOldOffsets() throws Exception {
		RenameSymbolProcessor processor = new RenameSymbolProcessor(project.getFile("entry.S"), ENTRY_S.indexOf("tr_cr4(%rip)"));
		RenameRefactoring refactoring = new RenameRefactoring(processor);
		assertTrue(refactoring.checkInitialConditions(new NullProgressMonitor()).isOK());
		IDocument exit = document(open("exit.S"));
		exit.replace(0, 0, "\tnop\n");
		processor.setNewName("tr_cr4_image");
		RefactoringStatus status = refactoring.checkFinalConditions(new NullProgressMonitor());
		assertEquals("exit.S changed since the rename started; rename again", status.getMessageMatchingSeverity(RefactoringStatus.FATAL));
	}

	/** The refactoring undo (as Refactor > Undo), confirming the workbench's questions for the open editors it changes. */
	private static void undoTheRefactoring() throws Exception {
		DialogDriver.answering("Undo", "OK", () -> RefactoringCore.getUndoManager().performUndo(null, new NullProgressMonitor()));
		UiConditions.flushEvents();
	}

	/** Runs the whole refactoring as the dialog would after OK, recording it for undo; returns the checks' status. */
	private RefactoringStatus rename(String file, int offset, String newName) throws CoreException {
		RenameSymbolProcessor processor = new RenameSymbolProcessor(project.getFile(file), offset);
		processor.setNewName(newName);
		PerformRefactoringOperation operation = new PerformRefactoringOperation(new RenameRefactoring(processor), CheckConditionsOperation.ALL_CONDITIONS);
		ResourcesPlugin.getWorkspace().run(operation, null);
		UiConditions.flushEvents();
		return operation.getConditionStatus();
	}

	/** Opens the editor's context menu as a right click populates it and chooses the item with {@code label}. */
	private void chooseFromContextMenu(String label) {
		StyledText text = assertInstanceOf(StyledText.class, entryEditor.getAdapter(Control.class));
		Menu menu = text.getMenu();
		menu.notifyListeners(SWT.Show, new Event());
		try {
			List<MenuItem> items = Arrays.asList(menu.getItems());
			List<String> labels = items.stream().map(item -> item.getText().replace("&", "").split("\t")[0]).toList();
			assertTrue(labels.contains(label), () -> "context menu: " + labels);
			items.get(labels.indexOf(label)).notifyListeners(SWT.Selection, new Event());
		} finally {
			menu.notifyListeners(SWT.Hide, new Event());
		}
	}

	private static boolean previewLists(Shell shell, List<String> items, String... files) {
		List<Control> controls = new ArrayList<>();
		DialogDriver.collect(shell, controls);
		items.clear();
		for (Control control : controls) {
			if (control instanceof Tree tree && tree.isVisible()) {
				for (TreeItem item : tree.getItems()) {
					items.add(item.getText());
					Arrays.stream(item.getItems()).map(TreeItem::getText).forEach(items::add);
				}
			}
		}
		return Arrays.stream(files).allMatch(file -> items.stream().anyMatch(item -> item.startsWith(file)));
	}

	private void assertEveryFileOnDiskIsTheOriginal() throws IOException {
		for (Map.Entry<String, String> file : ORIGINAL.entrySet()) {
			assertArrayEquals(file.getValue().getBytes(StandardCharsets.UTF_8), Files.readAllBytes(project.getFile(file.getKey()).getLocation().toPath()),
					file.getKey() + " differs from the original");
		}
	}

	private String onDisk(String name) throws IOException {
		return Files.readString(project.getFile(name).getLocation().toPath());
	}

	private ITextEditor open(String name) throws CoreException {
		IFile file = project.getFile(name);
		ITextEditor editor = assertInstanceOf(ITextEditor.class, IDE.openEditor(page(), file));
		UiConditions.flushEvents();
		return editor;
	}

	private static IDocument document(ITextEditor editor) {
		return editor.getDocumentProvider().getDocument(editor.getEditorInput());
	}

	private static Map<String, String> files(String linkage, String data, String entry, String exit) {
		Map<String, String> files = new LinkedHashMap<>();
		files.put("linkage.h", linkage);
		files.put("data.S", data);
		files.put("entry.S", entry);
		files.put("exit.S", exit);
		return files;
	}

	private static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}
}
