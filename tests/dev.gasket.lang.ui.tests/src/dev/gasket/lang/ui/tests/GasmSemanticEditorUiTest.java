package dev.gasket.lang.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.ITextHoverExtension2;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.jface.text.ITextOperationTarget;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.gasket.lang.symbols.SymbolKind;
import dev.gasket.lang.ui.editor.GasmLexicalStyle;
import dev.gasket.lang.ui.editor.GasmSemanticStyle;

/**
 * The parse-driven editor features in a real workbench: semantic colours, go to definition across files and the hover,
 * on a project where {@code tr_cr4} is defined by a linkage macro in one file and used in another.
 */
class GasmSemanticEditorUiTest {
	private static final String CONTENT_TYPE = "dev.gasket.lang.ui.gasm";
	private static final Duration PARSED = Duration.ofSeconds(15);
	private static final String LINKAGE_H = """
			#define SYM_DATA(name, data...)	.globl name; .type name, @object; name: data; .size name, .-name
			""";
	private static final String DATA_S = """
			#include "linkage.h"
			\t.data
			SYM_DATA(tr_cr4, .space 4)
			""";
	private static final String CODE_S = """
			\t.code64
			\t.text
			start:
			\tmovl\ttr_cr4(%rip), %eax
			\tcall\tmissing_routine
			1:\tjmp\t1b
			""";
	private static final String MALFORMED_S = """
			\tmovl %eax,, (
			.macro
			"unterminated
			SYM_DATA(
			1f:: : ,,
			\tjmp\tnowhere
			/* open comment
			""";

	private final List<IStatus> gasketErrors = new ArrayList<>();
	private final ILogListener logListener = (status, plugin) -> {
		if (status.getSeverity() == IStatus.ERROR && (status.getPlugin().startsWith("dev.gasket") || mentionsGasket(status.getException()))) {
			gasketErrors.add(status);
		}
	};
	private IProject project;

	@BeforeEach
	void createProject() throws CoreException {
		Platform.addLogListener(logListener);
		project = ResourcesPlugin.getWorkspace().getRoot().getProject("semantic-test");
		project.create(null);
		project.open(null);
		createFile("linkage.h", LINKAGE_H);
		createFile("data.S", DATA_S);
		createFile("code.S", CODE_S);
	}

	@AfterEach
	void closeEditorsAndProject() throws CoreException {
		Platform.removeLogListener(logListener);
		page().closeAllEditors(false);
		project.delete(true, true, null);
	}

	@Test
	void coloursDefinitionsReferencesAndUnresolvedSymbolsAfterParsing() throws CoreException {
		StyledText data = textWidget(open("data.S"));
		waitForStyle(data, DATA_S.indexOf("tr_cr4"), GasmSemanticStyle.kindColor(SymbolKind.DATA), "tr_cr4's definition in SYM_DATA is a data symbol");
		assertEquals(SWT.BOLD, data.getStyleRangeAtOffset(DATA_S.indexOf("tr_cr4")).fontStyle & SWT.BOLD, "a definition is bold");

		StyledText code = textWidget(open("code.S"));
		int use = CODE_S.indexOf("tr_cr4");
		waitForStyle(code, use, GasmSemanticStyle.kindColor(SymbolKind.DATA), "the use of tr_cr4 takes its kind from the other file");
		assertEquals(SWT.NORMAL, code.getStyleRangeAtOffset(use).fontStyle, "a reference is not bold");
		StyleRange missing = code.getStyleRangeAtOffset(CODE_S.indexOf("missing_routine"));
		assertEquals(color(GasmSemanticStyle.UNRESOLVED), missing.foreground);
		assertEquals(SWT.ITALIC, missing.fontStyle & SWT.ITALIC);
		assertEquals(color(GasmSemanticStyle.LOCAL_SYMBOL), code.getStyleRangeAtOffset(CODE_S.indexOf("1b")).foreground, "1b is file-local");
		assertEquals(color(GasmLexicalStyle.REGISTER.colorId()), code.getStyleRangeAtOffset(CODE_S.indexOf("%rip")).foreground,
				"lexical colours stay where the parse adds nothing");
	}

	@Test
	void aSymbolDefinedByUnsavedEditsInAnotherEditorResolves() throws CoreException {
		ITextEditor data = (ITextEditor) open("data.S");
		data.getDocumentProvider().getDocument(data.getEditorInput()).set(DATA_S + "SYM_DATA(tr_efer, .space 8)\n");
		assertTrue(data.isDirty(), "data.S keeps its edit unsaved");
		String user = "\t.code64\n\tmovq\ttr_efer(%rip), %rax\n";
		createFile("user.S", user);

		waitForStyle(textWidget(open("user.S")), user.indexOf("tr_efer"), GasmSemanticStyle.kindColor(SymbolKind.DATA),
				"tr_efer, only in data.S's unsaved text, is a data symbol in user.S");
	}

	@Test
	void openHyperlinkOnAUseOpensTheDefiningFileAndSelectsTheName() throws Exception {
		IEditorPart codeEditor = open("code.S");
		StyledText code = textWidget(codeEditor);
		int use = CODE_S.indexOf("tr_cr4") + 2;
		waitForStyle(code, use, GasmSemanticStyle.kindColor(SymbolKind.DATA), "code.S is parsed");
		code.setSelection(use);

		// F3 in the generic editor's context
		PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand("org.eclipse.ui.edit.text.open.hyperlink", null);

		UiConditions.waitUntil("data.S is the active editor", Duration.ofSeconds(10), () -> page().getActiveEditor() != codeEditor);
		ITextEditor target = assertInstanceOf(ITextEditor.class, page().getActiveEditor());
		assertEquals("data.S", target.getEditorInput().getName());
		ITextSelection selection = (ITextSelection) target.getSelectionProvider().getSelection();
		assertEquals(DATA_S.indexOf("tr_cr4"), selection.getOffset());
		assertEquals("tr_cr4", selection.getText());

		UiConditions.flushEvents();
		int macroUse = DATA_S.indexOf("SYM_DATA");
		waitForStyle(textWidget(target), macroUse, GasmSemanticStyle.MACRO, "data.S is parsed");
		textWidget(target).setSelection(DATA_S.indexOf("linkage.h"));
		PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand("org.eclipse.ui.edit.text.open.hyperlink", null);
		UiConditions.waitUntil("the #include opens linkage.h", Duration.ofSeconds(10),
				() -> page().getActiveEditor() != null && page().getActiveEditor().getEditorInput().getName().equals("linkage.h"));
	}

	@Test
	void hoversDescribeMnemonicsSymbolsAndRegisters() throws CoreException {
		IEditorPart editor = open("code.S");
		waitForStyle(textWidget(editor), CODE_S.indexOf("tr_cr4"), GasmSemanticStyle.kindColor(SymbolKind.DATA), "code.S is parsed");
		ITextViewer viewer = assertInstanceOf(ITextViewer.class, editor.getAdapter(ITextOperationTarget.class));
		ITextHover hover = registeredHover();

		String mnemonic = hoverAt(hover, viewer, CODE_S.indexOf("movl") + 1);
		assertTrue(mnemonic.startsWith("movl ("), mnemonic);
		assertTrue(mnemonic.contains("Forms: "), mnemonic);

		String symbol = hoverAt(hover, viewer, CODE_S.indexOf("tr_cr4") + 3);
		assertTrue(symbol.startsWith("data tr_cr4, 4 bytes"), symbol);
		assertTrue(symbol.contains("defined at data.S:3: "), symbol);

		assertEquals("%eax: general-purpose register, 32 bits", hoverAt(hover, viewer, CODE_S.indexOf("%eax") + 2).strip());
	}

	@Test
	void malformedSourceOpensAndIsColouredWithoutErrors() throws CoreException {
		createFile("broken.S", MALFORMED_S);
		StyledText text = textWidget(open("broken.S"));
		waitForStyle(text, MALFORMED_S.indexOf("nowhere"), GasmSemanticStyle.UNRESOLVED, "the parse of broken.S is drawn");
		assertEquals(color(GasmLexicalStyle.REGISTER.colorId()), text.getStyleRangeAtOffset(MALFORMED_S.indexOf("%eax")).foreground);
		UiConditions.type(text, "x");
		waitForStyle(text, MALFORMED_S.indexOf("nowhere") + 1, GasmSemanticStyle.UNRESOLVED, "the colours move with the typed text");
		assertEquals(List.of(), gasketErrors.stream().map(IStatus::getMessage).toList(), "nothing logged errors");
	}

	private static ITextHover registeredHover() throws CoreException {
		IConfigurationElement provider = Arrays.stream(Platform.getExtensionRegistry().getConfigurationElementsFor("org.eclipse.ui.genericeditor.hoverProviders"))
				.filter(element -> CONTENT_TYPE.equals(element.getAttribute("contentType"))).findFirst().orElse(null);
		assertNotNull(provider, "a hover provider is registered for " + CONTENT_TYPE);
		return (ITextHover) provider.createExecutableExtension("class");
	}

	private static String hoverAt(ITextHover hover, ITextViewer viewer, int offset) {
		IRegion region = hover.getHoverRegion(viewer, offset);
		Object info = ((ITextHoverExtension2) hover).getHoverInfo2(viewer, region);
		assertNotNull(info, "a hover at " + offset);
		return info.toString();
	}

	private void createFile(String name, String content) throws CoreException {
		IFile file = project.getFile(name);
		file.create(new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)), true, null);
	}

	private IEditorPart open(String name) throws CoreException {
		IEditorPart editor = IDE.openEditor(page(), project.getFile(name));
		UiConditions.flushEvents();
		return editor;
	}

	private static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	private static StyledText textWidget(IEditorPart editor) {
		return assertInstanceOf(StyledText.class, editor.getAdapter(Control.class));
	}

	private static Color color(String colorId) {
		return PlatformUI.getWorkbench().getThemeManager().getCurrentTheme().getColorRegistry().get(colorId);
	}

	private static void waitForStyle(StyledText text, int offset, String colorId, String description) {
		Color expected = color(colorId);
		assertNotNull(expected, colorId + " is a theme colour");
		UiConditions.waitUntil(description, PARSED, () -> {
			StyleRange range = text.getStyleRangeAtOffset(offset);
			return range != null && expected.equals(range.foreground);
		});
	}

	private static boolean mentionsGasket(Throwable exception) {
		if (exception == null) {
			return false;
		}
		StringWriter trace = new StringWriter();
		exception.printStackTrace(new PrintWriter(trace));
		return trace.toString().contains("dev.gasket");
	}
}
