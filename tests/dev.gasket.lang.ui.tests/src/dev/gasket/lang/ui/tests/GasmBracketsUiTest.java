package dev.gasket.lang.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.text.Region;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.gasket.lang.ui.editor.GasmBracketMatcher;

/** Bracket matching and closing in a real assembly editor: comments, strings and character constants do not count. */
class GasmBracketsUiTest {
	private static final String SOURCE = """
			\tmovl\ttr_cr4(%rip), %eax\t# restore (cr4
			\tleaq\tpage_table(/* ) */,%rcx,8), %rsi
			\tmovb\t$'(', %al
			\t.ascii\t"(]"
			\tcmpb\t$')', (%rdi)
			""";

	private IProject project;
	private ITextEditor editor;
	private IDocument document;

	@BeforeEach
	void openEditor() throws CoreException {
		project = ResourcesPlugin.getWorkspace().getRoot().getProject("brackets-test");
		project.create(null);
		project.open(null);
		project.getFile("cr4.S").create(new ByteArrayInputStream(SOURCE.getBytes(StandardCharsets.UTF_8)), true, null);
		editor = assertInstanceOf(ITextEditor.class, IDE.openEditor(page(), project.getFile("cr4.S")));
		document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
		UiConditions.flushEvents();
	}

	@AfterEach
	void closeEditorAndProject() throws CoreException {
		page().closeAllEditors(false);
		project.delete(true, true, null);
	}

	@Test
	void bracketsPairInCodeOnlyFromEitherSide() {
		GasmBracketMatcher matcher = new GasmBracketMatcher();
		int open = SOURCE.indexOf("(%rip)");
		int close = SOURCE.indexOf("), %eax");
		IRegion pair = new Region(open, close - open + 1);
		assertEquals(pair, matcher.match(document, open + 1), "caret after (");
		assertEquals(pair, matcher.match(document, open), "caret before (");
		assertEquals(pair, matcher.match(document, close + 1), "caret after )");
		assertNull(matcher.match(document, SOURCE.indexOf("(cr4") + 1), "a bracket in a # comment has no partner");

		int table = SOURCE.indexOf("(/*");
		assertEquals(new Region(table, SOURCE.indexOf("), %rsi") - table + 1), matcher.match(document, table + 1),
				"the ) in the block comment does not count");
		assertNull(matcher.match(document, SOURCE.indexOf("'(") + 2), "'( is a character constant");
		assertNull(matcher.match(document, SOURCE.indexOf("\"(]") + 2), "brackets in a string");
		int memory = SOURCE.indexOf("(%rdi)");
		assertEquals(new Region(memory, "(%rdi)".length()), matcher.match(document, memory + 1), "')' before it is a constant");
		assertEquals(new Region(memory, "(%rdi)".length()), matcher.findEnclosingPeerCharacters(document, memory + 3, 0));
	}

	@Test
	void goToMatchingBracketUsesTheMatcherAndIgnoresComments() throws Exception {
		int open = SOURCE.indexOf("(%rip)");
		editor.selectAndReveal(open + 1, 0);
		PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand("org.eclipse.ui.genericeditor.gotoMatchingBracket", null);
		UiConditions.flushEvents();
		assertEquals(SOURCE.indexOf("), %eax"), caret(), "Ctrl+Shift+P jumps to the partner of (");

		int commented = SOURCE.indexOf("(cr4") + 1;
		editor.selectAndReveal(commented, 0);
		PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand("org.eclipse.ui.genericeditor.gotoMatchingBracket", null);
		UiConditions.flushEvents();
		assertEquals(commented, caret(), "no partner for a ( in a comment");
	}

	@Test
	void typedBracketsCloseInCodeAndAreSteppedOver() throws BadLocationException {
		StyledText text = assertInstanceOf(StyledText.class, editor.getAdapter(Control.class));
		int end = SOURCE.length();
		editor.selectAndReveal(end, 0);
		UiConditions.type(text, "incl count(");
		assertEquals(SOURCE + "incl count()", document.get(), "( gets its )");
		UiConditions.type(text, "%rip)");
		assertEquals(SOURCE + "incl count(%rip)", document.get(), "the typed ) steps over the inserted one");
		assertEquals(document.getLength(), caret());

		UiConditions.type(text, " # (");
		assertEquals(SOURCE + "incl count(%rip) # (", document.get(), "in a comment ( stays alone");

		int rdi = SOURCE.indexOf("%rdi");
		editor.selectAndReveal(rdi, 0);
		UiConditions.type(text, "[");
		assertEquals("[%rdi)", document.get(rdi, 6), "before a word, [ stays alone");
		editor.selectAndReveal(SOURCE.indexOf("%al"), 3);
		UiConditions.type(text, "(");
		assertEquals("(%al)", document.get(SOURCE.indexOf("%al"), 5), "a bracket typed over a selection encloses it");
	}

	@Test
	void aNewLineKeepsTheIndentationAsWithoutTheBracketStrategy() throws BadLocationException {
		StyledText text = assertInstanceOf(StyledText.class, editor.getAdapter(Control.class));
		int endOfFirstLine = SOURCE.indexOf('\n');
		editor.selectAndReveal(endOfFirstLine, 0);
		UiConditions.type(text, "\n");
		assertEquals("\n\t\n", document.get(endOfFirstLine, 3), "the new line starts with the tab of the line before");
	}

	private int caret() {
		return ((ITextSelection) editor.getSelectionProvider().getSelection()).getOffset();
	}

	private static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}
}
