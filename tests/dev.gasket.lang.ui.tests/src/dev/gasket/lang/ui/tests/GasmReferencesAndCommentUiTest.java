package dev.gasket.lang.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.gasket.lang.ui.references.ReferenceMatch;
import dev.gasket.lang.ui.references.ReferencesView;

/** Find References (the generic editor's command) across two files, and Toggle Comment, in a real workbench. */
class GasmReferencesAndCommentUiTest {
	private static final Duration SHOWN = Duration.ofSeconds(15);
	private static final String LINKAGE_H = """
			#define SYM_DATA(name, data...)	.globl name; .type name, @object; name: data; .size name, .-name
			""";
	private static final String LOCK_S = """
			#include "linkage.h"
			\t.data
			SYM_DATA(tr_lock, .long 0)
			\t.text
			\tmovl\ttr_lock(%rip), %eax
			""";
	private static final String USER_S = """
			#include "linkage.h"
			\t.text
			\tincl\ttr_lock(%rip)
			\tmovl\t$1, tr_lock(%rip)
			\tret
			""";

	private IProject project;

	@BeforeEach
	void createProject() throws CoreException {
		project = ResourcesPlugin.getWorkspace().getRoot().getProject("references-test");
		project.create(null);
		project.open(null);
		create("linkage.h", LINKAGE_H);
		create("lock.S", LOCK_S);
		create("user.S", USER_S);
	}

	@AfterEach
	void deleteProject() throws CoreException {
		page().closeAllEditors(false);
		project.delete(true, true, null);
	}

	@Test
	void findReferencesListsTheDefinitionAndTheUsesInBothFiles() throws Exception {
		ITextEditor editor = open("user.S");
		int use = USER_S.lastIndexOf("tr_lock");
		editor.selectAndReveal(use + 2, 0);
		ReferencesView view = (ReferencesView) page().showView(ReferencesView.ID);
		PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand("org.eclipse.ui.genericeditor.findReferences", null);
		UiConditions.waitUntil("the references view lists tr_lock", SHOWN, () -> !view.matches().isEmpty());

		List<ReferenceMatch> matches = view.matches();
		ReferenceMatch definition = matches.get(0);
		assertTrue(definition.definition(), "the definition comes first");
		assertEquals("lock.S@" + LOCK_S.indexOf("tr_lock"), place(definition));
		assertEquals("SYM_DATA(tr_lock, .long 0)", definition.lineText());

		List<String> uses = new ArrayList<>();
		for (ReferenceMatch match : matches.subList(1, matches.size())) {
			assertTrue(!match.definition() && match.location().length() == "tr_lock".length(), match::toString);
			uses.add(place(match));
		}
		uses.sort(null);
		List<String> expected = new ArrayList<>(List.of("lock.S@" + LOCK_S.indexOf("tr_lock(%rip)"),
				"user.S@" + USER_S.indexOf("tr_lock"), "user.S@" + use));
		expected.sort(null);
		assertEquals(expected, uses);
	}

	@Test
	void toggleCommentPrefixesTheSelectedLinesAndTogglesBackByteIdentically() throws Exception {
		ITextEditor editor = open("user.S");
		IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
		int start = USER_S.indexOf("\tincl");
		editor.selectAndReveal(start + 3, USER_S.indexOf("\tret") + 2 - start - 3);

		toggleComment();
		String commented = USER_S.substring(0, start) + "# \tincl\ttr_lock(%rip)\n# \tmovl\t$1, tr_lock(%rip)\n# \tret\n";
		assertEquals(commented, document.get());

		toggleComment();
		assertEquals(USER_S, document.get(), "toggling twice restores the text");

		toggleComment();
		assertEquals(commented, document.get());
		editor.getAdapter(ITextOperationTarget.class).doOperation(ITextOperationTarget.UNDO);
		assertEquals(USER_S, document.get(), "one undo reverts one toggle");
	}

	private static void toggleComment() throws Exception {
		PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand("dev.gasket.lang.ui.toggleComment", null);
		UiConditions.flushEvents();
	}

	private static String place(ReferenceMatch match) {
		return match.file().getFileName() + "@" + match.location().offset();
	}

	private ITextEditor open(String name) throws CoreException {
		ITextEditor editor = assertInstanceOf(ITextEditor.class, IDE.openEditor(page(), project.getFile(name)));
		UiConditions.flushEvents();
		return editor;
	}

	private void create(String name, String text) throws CoreException {
		project.getFile(name).create(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), true, null);
	}

	private static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}
}
