package dev.gasket.lang.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.jface.text.IDocument;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.gasket.lang.ui.assembler.AssemblerPropertyPage;
import dev.gasket.lang.ui.assembler.AssemblerSettings;
import dev.gasket.lang.ui.assembler.GnuAsMarkers;
import dev.gasket.lang.ui.example.ExampleProjects;

/**
 * The GNU as step of the Gasket builder in a real workbench with the real gcc and as: saving a file lets the automatic
 * build assemble it, and what as and cpp say appears as markers on the right lines, driven by the project's settings.
 */
class GnuAsBuildUiTest {
	private static final Duration BUILT = Duration.ofSeconds(60);

	private IProject project;
	private boolean autoBuilding;
	private Path outside;

	@BeforeEach
	void createProject() throws CoreException {
		autoBuilding = TestProjects.setAutoBuilding(true);
		project = TestProjects.createWithGasmNature("gnuas-test");
	}

	@AfterEach
	void deleteProject() throws CoreException, IOException {
		page().closeAllEditors(false);
		project.delete(true, true, null);
		TestProjects.setAutoBuilding(autoBuilding);
		if (outside != null) {
			deleteTree(outside);
		}
	}

	@Test
	void anAsErrorTypedAndSavedIsMarkedOnItsLineUntilItIsFixed() throws Exception {
		assertTrue(AssemblerSettings.of(project).assembleOnBuild(), "on by default, as is on PATH");
		IFile file = createFile("check.S", "\t.text\nentry:\n\tret\n");
		TestProjects.waitForAutoBuild(BUILT);
		assertEquals(List.of(), markers(file));

		ITextEditor editor = assertInstanceOf(ITextEditor.class, IDE.openEditor(page(), file));
		IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
		document.replace(document.getLineOffset(2), 0, "\tmovb\t%ax, %bl\n\t.error \"unfinished entry\"\n");
		editor.doSave(null);
		TestProjects.waitForAutoBuild(BUILT);

		List<IMarker> found = markers(file);
		assertEquals(2, found.size(), () -> describe(found));
		IMarker operands = found.get(0);
		assertEquals(3, operands.getAttribute(IMarker.LINE_NUMBER, -1));
		assertTrue(operands.getAttribute(IMarker.MESSAGE, "").startsWith("as: "), () -> describe(found));
		assertTrue(operands.getAttribute(IMarker.MESSAGE, "").contains("operand type mismatch"), () -> describe(found));
		IMarker directive = found.get(1);
		assertEquals(4, directive.getAttribute(IMarker.LINE_NUMBER, -1));
		assertEquals("as: unfinished entry", directive.getAttribute(IMarker.MESSAGE, ""));
		assertEquals(IMarker.SEVERITY_ERROR, directive.getAttribute(IMarker.SEVERITY, -1));

		document.replace(document.getLineOffset(2), document.getLineLength(2) + document.getLineLength(3), "");
		editor.doSave(null);
		TestProjects.waitForAutoBuild(BUILT);
		assertEquals(List.of(), markers(file), "the fixed file is clean");
	}

	@Test
	void anErrorInAProjectHeaderIsMarkedOnTheHeadersLine() throws Exception {
		IFile header = createFile("regs.h", "/* register helpers */\n\tmovq\t%rax, %bl\n");
		IFile source = createFile("main.S", "\t.text\n#include \"regs.h\"\n\tret\n");
		TestProjects.waitForAutoBuild(BUILT);

		assertEquals(List.of(), markers(source), "the message is about the header");
		List<IMarker> inHeader = markers(header);
		assertEquals(1, inHeader.size(), () -> describe(inHeader));
		assertEquals(2, inHeader.get(0).getAttribute(IMarker.LINE_NUMBER, -1));
		String message = inHeader.get(0).getAttribute(IMarker.MESSAGE, "");
		assertTrue(message.startsWith("as: ") && message.endsWith("(assembling main.S)"), message);

		header.setContents(new ByteArrayInputStream("/* register helpers */\n\tmovq\t%rax, %rbx\n".getBytes(StandardCharsets.UTF_8)), true, false, null);
		TestProjects.waitForAutoBuild(BUILT);
		assertEquals(List.of(), markers(header), "changing the header re-assembles what includes it");
	}

	@Test
	void anErrorInAHeaderOutsideTheWorkspaceIsMarkedOnTheIncludeLine() throws Exception {
		outside = Files.createTempDirectory("gasket-outside");
		Path header = Files.writeString(outside.resolve("board.h"), "/* a vendor header */\n\n.error \"board.h needs a board\"\n");
		new AssemblerSettings(List.of(outside.toString()), List.of(), "", true).saveTo(project);
		IFile source = createFile("board.S", "\t.text\n\tnop\n#include <board.h>\n\tret\n");
		TestProjects.waitForAutoBuild(BUILT);

		List<IMarker> found = markers(source);
		assertEquals(1, found.size(), () -> describe(found));
		assertEquals(3, found.get(0).getAttribute(IMarker.LINE_NUMBER, -1));
		assertEquals("as: board.h needs a board (in " + header + ":3)", found.get(0).getAttribute(IMarker.MESSAGE, ""));
	}

	@Test
	void aDefineFromTheProjectSettingsSatisfiesAnIfndefError() throws Exception {
		IFile source = createFile("board.sx", "#ifndef BOARD_ID\n#error \"BOARD_ID is not defined\"\n#endif\n\t.data\n\t.long BOARD_ID\n");
		TestProjects.waitForAutoBuild(BUILT);
		List<IMarker> found = markers(source);
		assertEquals(1, found.size(), () -> describe(found));
		assertEquals(2, found.get(0).getAttribute(IMarker.LINE_NUMBER, -1));
		assertEquals("cpp: #error \"BOARD_ID is not defined\"", found.get(0).getAttribute(IMarker.MESSAGE, ""));

		new AssemblerSettings(List.of(), List.of("BOARD_ID=7"), "", true).saveTo(project);
		TestProjects.waitForAutoBuild(BUILT);
		assertEquals(List.of(), markers(source), "the settings' change re-assembles with -DBOARD_ID=7");
		assertTrue(project.getFile(".settings/dev.gasket.toolchain.prefs").exists(), "the settings are versioned with the project");
	}

	@Test
	void thePropertyPageShowsAndSavesTheSettings() throws Exception {
		PreferenceDialog dialog = PreferencesUtil.createPropertyDialogOn(page().getWorkbenchWindow().getShell(), project,
				AssemblerPropertyPage.ID, new String[] { AssemblerPropertyPage.ID }, null);
		dialog.setBlockOnOpen(false);
		dialog.open();
		try {
			Shell shell = dialog.getShell();
			Button assemble = UiControls.button(shell, AssemblerPropertyPage.ASSEMBLE_LABEL);
			assertTrue(assemble.getSelection(), "on by default, as is on PATH");
			Text defines = UiControls.textAfter(shell, AssemblerPropertyPage.DEFINES_LABEL);
			defines.setText("not a define");
			assertTrue(shell.getDefaultButton() != null && !shell.getDefaultButton().isEnabled(), "an invalid define cannot be saved");
			defines.setText("BOARD_ID=7\nDEBUG");
			UiControls.textAfter(shell, AssemblerPropertyPage.INCLUDE_PATH_LABEL).setText("include\narch/x86/include");
			UiControls.textAfter(shell, AssemblerPropertyPage.TOOL_PREFIX_LABEL).setText("x86_64-linux-gnu-");
			UiControls.click(shell.getDefaultButton());
		} finally {
			if (dialog.getShell() != null && !dialog.getShell().isDisposed()) {
				dialog.close();
			}
		}

		AssemblerSettings saved = AssemblerSettings.of(project);
		assertEquals(List.of("BOARD_ID=7", "DEBUG"), saved.defines());
		assertEquals(List.of("include", "arch/x86/include"), saved.includePath());
		assertEquals("x86_64-linux-gnu-", saved.toolPrefix());
		String languageSettings = Files.readString(project.getFile(".settings/dev.gasket.lang.prefs").getLocation().toPath());
		assertTrue(languageSettings.contains("includePath=include\\:arch/x86/include"), "the editor reads the same include path: " + languageSettings);
	}

	@Test
	void turningTheStepOffOrCleaningRemovesTheMarkers() throws Exception {
		IFile source = createFile("stop.s", "\t.text\n\t.error \"stop\"\n");
		TestProjects.waitForAutoBuild(BUILT);
		assertEquals(1, markers(source).size());

		new AssemblerSettings(List.of(), List.of(), "", false).saveTo(project);
		TestProjects.waitForAutoBuild(BUILT);
		assertEquals(List.of(), markers(source), "the step is off");

		new AssemblerSettings(List.of(), List.of(), "", true).saveTo(project);
		TestProjects.waitForAutoBuild(BUILT);
		assertEquals(1, markers(source).size(), "the step is on again");
		TestProjects.setAutoBuilding(false);
		project.build(IncrementalProjectBuilder.CLEAN_BUILD, null);
		assertEquals(List.of(), markers(source), "a clean build removes them");
	}

	@Test
	void aMissingToolIsOneMarkerOnTheProjectNamingItsPackage() throws Exception {
		IFile source = createFile("stop.S", "\t.error \"never assembled\"\n");
		new AssemblerSettings(List.of(), List.of(), "gasket-missing-", true).saveTo(project);
		TestProjects.waitForAutoBuild(BUILT);

		List<IMarker> all = Arrays.asList(project.findMarkers(GnuAsMarkers.TYPE, false, IResource.DEPTH_INFINITE));
		assertEquals(1, all.size(), () -> describe(all));
		assertEquals(project, all.get(0).getResource());
		String message = all.get(0).getAttribute(IMarker.MESSAGE, "");
		assertTrue(message.contains("'gasket-missing-gcc'") && message.contains("apt-get install gcc"), message);
		assertEquals(List.of(), markers(source));
	}

	@Test
	void theTrampolineExampleAssemblesCleanly() throws Exception {
		outside = Files.createTempDirectory("gasket-example");
		Path example = Path.of("../../examples/trampoline").toAbsolutePath().normalize();
		try (Stream<Path> files = Files.list(example)) {
			for (Path file : files.toList()) {
				Files.copy(file, outside.resolve(file.getFileName()));
			}
		}
		IProject trampoline = ExampleProjects.importInPlace(outside, null);
		try {
			TestProjects.waitForAutoBuild(BUILT);
			assertTrue(AssemblerSettings.of(trampoline).assembleOnBuild());
			List<IMarker> found = Arrays.asList(trampoline.findMarkers(GnuAsMarkers.TYPE, false, IResource.DEPTH_INFINITE));
			assertEquals(List.of(), found, () -> describe(found));
		} finally {
			trampoline.delete(false, true, null);
		}
	}

	private IFile createFile(String name, String text) throws CoreException {
		return TestProjects.createFile(project, name, text);
	}

	/** The step's markers on {@code file}, by line. */
	private static List<IMarker> markers(IFile file) throws CoreException {
		return Arrays.stream(file.findMarkers(GnuAsMarkers.TYPE, false, IResource.DEPTH_ZERO))
				.sorted(Comparator.comparingInt(marker -> marker.getAttribute(IMarker.LINE_NUMBER, 0))).toList();
	}

	private static String describe(List<IMarker> markers) {
		return markers.stream().map(marker -> marker.getResource().getName() + ":" + marker.getAttribute(IMarker.LINE_NUMBER, 0) + " "
				+ marker.getAttribute(IMarker.MESSAGE, "")).toList().toString();
	}

	private static void deleteTree(Path root) throws IOException {
		try (Stream<Path> files = Files.walk(root)) {
			for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(file);
			}
		}
	}

	private static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}
}
