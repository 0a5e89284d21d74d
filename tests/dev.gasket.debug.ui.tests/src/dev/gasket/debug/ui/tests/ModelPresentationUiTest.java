package dev.gasket.debug.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.debug.ui.DebugUITools;
import org.eclipse.debug.ui.IDebugModelPresentation;
import org.eclipse.jface.text.IDocument;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.FileStoreEditorInput;
import org.eclipse.ui.part.FileEditorInput;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.gasket.debug.model.GasketDebugModel;
import dev.gasket.debug.model.GasketLineBreakpoint;
import dev.gasket.debug.model.GasketWatchpoint;

/** The debug views' labels of Gasket breakpoints, and where sources open: always the generic editor. */
class ModelPresentationUiTest {
	private static final String GENERIC_EDITOR = "org.eclipse.ui.genericeditor.GenericEditor";
	@TempDir
	Path folder;
	@TempDir
	Path outside;
	private TrampolineProject trampoline;
	private IFile source;
	private IDebugModelPresentation presentation;

	@BeforeEach
	void importExample() throws Exception {
		trampoline = TrampolineProject.importCopy(folder);
		source = trampoline.source();
		presentation = DebugUITools.newDebugModelPresentation(GasketDebugModel.ID);
	}

	@AfterEach
	void cleanUp() throws Exception {
		presentation.dispose();
		trampoline.dispose();
	}

	private static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	@Test
	void breakpointsAreLabelledWithTheirFileLineConditionAndHitCount() throws Exception {
		int line = trampoline.lineOf("\txorl\ttr_cr4(%rip), %eax");
		int lockLine = trampoline.lineOf("\tSYM_DATA(tr_lock,\t\t.long 0)");
		GasketLineBreakpoint breakpoint = new GasketLineBreakpoint(source, line);
		GasketWatchpoint watchpoint = new GasketWatchpoint(source, lockLine, "tr_lock");
		try {
			assertEquals("trampoline_64.S [line: " + line + "]", presentation.getText(breakpoint));
			breakpoint.setCondition("%rax == 0x20");
			breakpoint.setHitCount(2);
			assertEquals("trampoline_64.S [line: " + line + "] [hit count: 2] [condition: %rax == 0x20]", presentation.getText(breakpoint));
			assertEquals("tr_lock (write) \u2014 trampoline_64.S [line: " + lockLine + "]", presentation.getText(watchpoint));
			assertNotNull(presentation.getImage(breakpoint));
			assertNotNull(presentation.getImage(watchpoint));
			assertEquals(new FileEditorInput(source), presentation.getEditorInput(breakpoint), "Go to File opens the breakpoint's file");
		} finally {
			breakpoint.delete();
			watchpoint.delete();
		}
	}

	@Test
	void workspaceSourcesOpenInTheGenericEditor() throws Exception {
		IEditorInput input = presentation.getEditorInput(source);
		assertEquals(new FileEditorInput(source), input);
		String editorId = presentation.getEditorId(input, source);
		assertEquals(GENERIC_EDITOR, editorId);
		IEditorPart editor = page().openEditor(input, editorId);
		assertEquals(GENERIC_EDITOR, editor.getEditorSite().getId());
	}

	@Test
	void sourcesOutsideTheWorkspaceOpenThroughTheFileSystem() throws Exception {
		Path external = Files.copy(TrampolineProject.EXAMPLE.resolve(TrampolineProject.SOURCE), outside.resolve("elsewhere.S"));
		File file = external.toFile();
		FileStoreEditorInput input = assertInstanceOf(FileStoreEditorInput.class, presentation.getEditorInput(file));
		assertEquals(external.toUri(), input.getURI());
		IEditorPart editor = page().openEditor(input, presentation.getEditorId(input, file));
		assertEquals(GENERIC_EDITOR, editor.getEditorSite().getId());
		IDocument document = ((ITextEditor) editor).getDocumentProvider().getDocument(input);
		assertEquals(Files.readString(external), document.get());
	}
}
