package dev.gasket.lang.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.gasket.lang.ui.editor.GasmLexicalStyle;
import dev.gasket.lang.ui.example.ExampleProjects;

class GasmEditorUiTest {
	private static final String GENERIC_EDITOR_ID = "org.eclipse.ui.genericeditor.GenericEditor";
	private static final String SOURCE = """
			#include <asm/segment.h>
			\t.code64
			trampoline_start64:
			\tlock btsl $0, tr_lock(%rip)
			""";

	@TempDir
	Path folder;

	private IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	@AfterEach
	void closeEditorsAndProjects() throws CoreException {
		page().closeAllEditors(false);
		for (IProject project : ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
			project.delete(IResource.NEVER_DELETE_PROJECT_CONTENT, null);
		}
	}

	private static StyledText textWidget(IEditorPart editor) {
		return assertInstanceOf(StyledText.class, editor.getAdapter(Control.class));
	}

	private static Color themeColor(GasmLexicalStyle style) {
		return PlatformUI.getWorkbench().getThemeManager().getCurrentTheme().getColorRegistry().get(style.colorId());
	}

	private static IFile createFile(String projectName, String fileName, String content) throws CoreException {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(projectName);
		project.create(null);
		project.open(null);
		IFile file = project.getFile(fileName);
		file.create(new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)), true, null);
		return file;
	}

	private static void waitForColour(StyledText text, int offset, GasmLexicalStyle style, String description) {
		Color colour = themeColor(style);
		UiConditions.waitUntil(description, Duration.ofSeconds(10), () -> {
			StyleRange range = text.getStyleRangeAtOffset(offset);
			return range != null && colour.equals(range.foreground);
		});
	}

	@Test
	void opensAssemblyInTheGasketEditorWithLexicalColours() throws CoreException {
		IFile file = createFile("editor-test", "trampoline_64.S", SOURCE);
		assertEquals("dev.gasket.lang.ui.gasm", file.getContentDescription().getContentType().getId());

		IEditorPart editor = IDE.openEditor(page(), file);
		UiConditions.flushEvents();

		assertEquals(GENERIC_EDITOR_ID, editor.getEditorSite().getId());
		StyledText text = textWidget(editor);
		assertEquals(SOURCE, text.getText());

		waitForColour(text, SOURCE.indexOf("%rip"), GasmLexicalStyle.REGISTER, "%rip is drawn in the register colour");
		StyleRange cpp = text.getStyleRangeAtOffset(0);
		assertNotNull(cpp, "the #include line is styled");
		assertEquals(themeColor(GasmLexicalStyle.PREPROCESSOR), cpp.foreground);
	}

	@Test
	void recoloursAsTheUserTypes() throws CoreException {
		IFile file = createFile("typing-test", "entry.s", SOURCE);
		IEditorPart editor = IDE.openEditor(page(), file);
		StyledText text = textWidget(editor);
		text.setFocus();

		text.setCaretOffset(text.getCharCount());
		UiConditions.type(text, "\tmovq %cr4, %rax\n");
		waitForColour(text, text.getText().lastIndexOf("%cr4"), GasmLexicalStyle.SYSTEM_REGISTER, "the typed %cr4 is drawn as a control register");
		waitForColour(text, text.getText().lastIndexOf("%rax"), GasmLexicalStyle.REGISTER, "the typed %rax is drawn as a general register");
		assertTrue(editor.isDirty(), "typing changed the document");

		int lockLine = SOURCE.indexOf("\tlock");
		text.setCaretOffset(lockLine);
		UiConditions.type(text, "/* ");
		waitForColour(text, text.getText().indexOf("%rip"), GasmLexicalStyle.COMMENT, "an open block comment swallows the lines after it");
	}

	@Test
	void importsAProjectFolderInPlaceAndOpensItsSource() throws Exception {
		Files.writeString(folder.resolve(".project"), """
				<?xml version="1.0" encoding="UTF-8"?>
				<projectDescription><name>example-in-place</name><comment></comment><projects></projects>
				<buildSpec></buildSpec><natures></natures></projectDescription>
				""");
		Files.writeString(folder.resolve("boot.s"), SOURCE);

		IProject project = ExampleProjects.importInPlace(folder, null);
		assertEquals("example-in-place", project.getName());
		assertTrue(project.isOpen());
		assertEquals(IPath.fromPath(folder), project.getLocation());
		assertEquals(project, ExampleProjects.importInPlace(folder, null), "importing twice reuses the project");

		IEditorPart editor = IDE.openEditor(page(), project.getFile("boot.s"));
		UiConditions.flushEvents();
		assertEquals(SOURCE, textWidget(editor).getText());
	}
}
