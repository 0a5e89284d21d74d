package dev.gasket.debug.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IURIEditorInput;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import dev.gasket.debug.launch.LaunchAttributes;
import dev.gasket.debug.ui.presentation.SourceEditors;
import dev.gasket.debug.ui.console.SourceLink;

/** FILE:LINE in a Gasket console (stop reasons, build errors) is a link that opens the Gasket editor at the line. */
class ConsoleLinksUiTest {
	private static final String RESUME = "org.eclipse.debug.ui.commands.Resume";
	/** {@code movl} with one operand: as reports line 4. */
	private static final String BROKEN_S = """
			\t.text
			\t.globl\tbroken
			broken:
			\tmovl\t%eax
			\thlt
			""";

	@TempDir
	Path temporary;

	@RegisterExtension
	final ImportedTrampoline imported = new ImportedTrampoline();

	private TrampolineProject trampoline() {
		return imported.project();
	}

	@Test
	void theModeChangeStopReasonLinksToTheLineWhereTheCpuStopped() throws Exception {
		ILaunchConfigurationWorkingCopy configuration = EmulatorSession.trampoline();
		configuration.setAttribute(LaunchAttributes.STOP_ON_MODE_CHANGE, true);
		try (EmulatorSession session = EmulatorSession.start(configuration)) {
			DebugViewProbe.show().select(session.top());
			session.stepWith(RESUME);
			int line = session.top().getLineNumber();
			assertTrue(line > 0, "the CPU stopped on a source line");

			SourceLink link = ConsoleProbe.of(session.process()).awaitLink("CPU switched to ", TrampolineProject.SOURCE + ":" + line);
			assertEquals(trampoline().source(), link.source(), "the short name resolves to the workspace file");

			link.linkActivated();
			assertEquals(trampoline().source(), assertEditorAt(line).getEditorInput().getAdapter(IFile.class));
		}
	}

	@Test
	void aBuildErrorInAWorkspaceFileLinksToTheLineOfTheError() throws Exception {
		IFile broken = trampoline().create("broken.S", BROKEN_S);
		try (EmulatorSession session = failedBuild("/trampoline/broken.S")) {
			String location = broken.getLocation().toOSString() + ":4";
			SourceLink link = ConsoleProbe.of(session.process()).awaitLink(location + ": error: ", location);
			assertEquals(broken, link.source());
			assertEquals(4, link.line());

			link.linkActivated();
			assertEquals(broken, assertEditorAt(4).getEditorInput().getAdapter(IFile.class));
		}
	}

	@Test
	void aBuildErrorInAFileOutsideTheWorkspaceOpensItThroughTheFileSystem() throws Exception {
		Path broken = Files.writeString(Files.createDirectories(temporary.resolve("outside")).resolve("broken.S"), BROKEN_S);
		try (EmulatorSession session = failedBuild(broken.toString())) {
			String location = broken + ":4";
			SourceLink link = ConsoleProbe.of(session.process()).awaitLink(location + ": error: ", location);
			assertEquals(broken.toFile(), link.source(), "no workspace file: the file itself");

			link.linkActivated();
			IURIEditorInput input = assertInstanceOf(IURIEditorInput.class, assertEditorAt(4).getEditorInput());
			assertEquals(broken.toUri(), input.getURI());
		}
	}

	/** Launches a source that does not assemble: the launch fails, its console stays. */
	private static EmulatorSession failedBuild(String source) {
		return assertThrows(EmulatorSession.LaunchFailed.class,
				() -> EmulatorSession.begin(EmulatorSession.configuration(source, "broken", List.of()))).session;
	}

	/** The active editor: the Gasket editor (the generic editor), with {@code line} selected. */
	private static ITextEditor assertEditorAt(int line) {
		Ui.flushEvents();
		IEditorPart active = Ui.page().getActiveEditor();
		ITextEditor editor = assertInstanceOf(ITextEditor.class, active);
		assertEquals(SourceEditors.EDITOR_ID, editor.getSite().getId(), "the Gasket editor (the generic editor)");
		ITextSelection selection = (ITextSelection) editor.getSelectionProvider().getSelection();
		assertEquals(line, selection.getStartLine() + 1, "the selection is on the linked line");
		return editor;
	}
}
