package dev.gasket.lang.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.action.ActionContributionItem;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.jface.action.SubContributionItem;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.part.PageBookView;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.gasket.lang.ui.editor.GasmOccurrencesReconciler;
import dev.gasket.lang.ui.editor.SyntaxStyles;
import dev.gasket.lang.ui.model.GasmDocumentModel;
import dev.gasket.lang.ui.outline.OutlineSorting;

/**
 * The Outline view (sections, symbols, labels; the sort toggle) and mark occurrences of the assembly editor in a real
 * workbench, read from the SWT tree of the outline page and the editor's annotation model.
 */
class GasmOutlineUiTest {
	private static final Duration PARSED = Duration.ofSeconds(15);
	private static final String LINKAGE_H = """
			#define SYM_CODE_START(name)	.globl name; .type name, @function; name:
			#define SYM_CODE_END(name)	.size name, .-name
			#define SYM_DATA(name, data...)	.globl name; .type name, @object; name: data; .size name, .-name
			""";
	private static final String BOOT_S = """
			#include "linkage.h"
			\t.macro\tsave_flags
			\tpushfq
			\t.endm

			\t.text
			SYM_CODE_START(boot_entry)
			\tsave_flags
			\tmovl\tboot_flag(%rip), %eax
			\ttestl\t%eax, %eax
			\tjz\t.Lskip
			\tincl\tboot_flag(%rip)
			.Lskip:
			\tjmp\t.Ldone
			.Ldone:
			\tret
			SYM_CODE_END(boot_entry)

			\t.data
			SYM_DATA(boot_flag, .long 1)
			SYM_DATA(boot_table, .quad 0, 0)
			""";

	private IProject project;
	private ITextEditor editor;
	private Tree outline;

	@BeforeEach
	void openEditorAndOutline() throws CoreException {
		project = ResourcesPlugin.getWorkspace().getRoot().getProject("outline-test");
		project.create(null);
		project.open(null);
		project.getFile("linkage.h").create(new ByteArrayInputStream(LINKAGE_H.getBytes(StandardCharsets.UTF_8)), true, null);
		project.getFile("boot.S").create(new ByteArrayInputStream(BOOT_S.getBytes(StandardCharsets.UTF_8)), true, null);
		editor = assertInstanceOf(ITextEditor.class, IDE.openEditor(page(), project.getFile("boot.S")));
		outline = outlineTree();
		UiConditions.waitUntil("the outline shows boot.S's symbols", PARSED, () -> outline.getItemCount() > 0);
	}

	@AfterEach
	void closeEditorsAndProject() throws CoreException {
		OutlineSorting.setAlphabetical(false);
		page().closeAllEditors(false);
		project.delete(true, true, null);
	}

	@Test
	void outlineListsMacrosAndSectionsWithCodeSymbolsTheirLabelsAndSizedData() {
		assertEquals(List.of("save_flags : macro", ".text : section", ".data : section"), texts(outline.getItems()));
		TreeItem text = outline.getItem(1);
		assertEquals(1, text.getItemCount());
		TreeItem code = text.getItem(0);
		assertTrue(code.getText().startsWith("boot_entry : code"), code.getText());
		assertEquals(List.of(".Lskip : label", ".Ldone : label"), texts(code.getItems()), "file-local labels nest under their code symbol");
		assertEquals(List.of("boot_flag : data, 4 bytes", "boot_table : data, 16 bytes"), texts(outline.getItem(2).getItems()));
		assertTrue(code.getExpanded() && text.getExpanded(), "the tree is shown expanded");
		assertTrue(code.getImage() != null && text.getImage() != null, "entries have icons");
	}

	@Test
	void selectingAnEntrySelectsItsNameInTheEditor() {
		TreeItem done = outline.getItem(1).getItem(0).getItem(1);
		outline.setSelection(done);
		Event event = new Event();
		event.item = done;
		outline.notifyListeners(SWT.Selection, event);
		UiConditions.flushEvents();

		ITextSelection selection = (ITextSelection) editor.getSelectionProvider().getSelection();
		assertEquals(BOOT_S.indexOf(".Ldone:"), selection.getOffset());
		assertEquals(".Ldone", selection.getText());
	}

	@Test
	void typingThatOnlyMovesSymbolsKeepsTheTreeAndItsEntriesFindTheMovedNames() throws Exception {
		TreeItem done = outline.getItem(1).getItem(0).getItem(1);
		IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
		String moved = "/* moves every symbol down */\n";
		document.replace(0, 0, moved);
		awaitOutlineAfterParse(document);

		assertSame(done, outline.getItem(1).getItem(0).getItem(1), "the tree of an outline of the same shape is not rebuilt");
		outline.setSelection(done);
		Event event = new Event();
		event.item = done;
		outline.notifyListeners(SWT.Selection, event);
		UiConditions.flushEvents();
		ITextSelection selection = (ITextSelection) editor.getSelectionProvider().getSelection();
		assertEquals(moved.length() + BOOT_S.indexOf(".Ldone:"), selection.getOffset());
		assertEquals(".Ldone", selection.getText());

		document.replace(document.get().indexOf(".Ldone:"), 0, ".Lagain:\n");
		awaitOutlineAfterParse(document);
		assertEquals(List.of(".Lskip : label", ".Lagain : label", ".Ldone : label"), texts(outline.getItem(1).getItem(0).getItems()),
				"a new label changes the shape: the tree shows it");
	}

	/** Until the outline has had its turn after the parse of the document's current text (it listens before this). */
	private void awaitOutlineAfterParse(IDocument document) {
		GasmDocumentModel model = GasmDocumentModel.of(document);
		long stamp = model.stamp();
		boolean[] shown = { false };
		Runnable afterOutline = () -> {
			if (model.stamp() == stamp) {
				Display.getDefault().asyncExec(() -> shown[0] = true);
			}
		};
		model.addParseListener(afterOutline);
		try {
			UiConditions.waitUntil("the outline had its turn after the parse", PARSED, () -> shown[0]);
		} finally {
			model.removeParseListener(afterOutline);
		}
	}

	@Test
	void theSortToggleOrdersByNameAndBackRemembersTheChoiceAndTheTreeStillFollowsTheCaret() throws PartInitException {
		IAction sort = sortAction();
		assertTrue(!sort.isChecked(), "file order by default");
		sort.setChecked(true);
		sort.run();
		UiConditions.waitUntil("the outline is sorted by name", PARSED,
				() -> texts(outline.getItems()).equals(List.of(".data : section", ".text : section", "save_flags : macro")));
		assertEquals(List.of(".Ldone : label", ".Lskip : label"), texts(outline.getItem(1).getItem(0).getItems()));
		assertTrue(InstanceScope.INSTANCE.getNode(SyntaxStyles.PREFERENCES_NODE).getBoolean(OutlineSorting.ALPHABETICAL_KEY, false),
				"the choice is a preference");

		editor.selectAndReveal(BOOT_S.indexOf(".Lskip:") + 2, 0);
		UiConditions.waitUntil("the sorted outline follows the caret onto .Lskip", PARSED,
				() -> outline.getSelectionCount() == 1 && outline.getSelection()[0].getText().equals(".Lskip : label"));

		sort.setChecked(false);
		sort.run();
		UiConditions.waitUntil("the outline is in file order again", PARSED,
				() -> texts(outline.getItems()).equals(List.of("save_flags : macro", ".text : section", ".data : section")));
		assertEquals(List.of(".Lskip : label", ".Ldone : label"), texts(outline.getItem(1).getItem(0).getItems()));
	}

	@Test
	void caretOnAUseMarksEveryOccurrenceAndSelectsTheEnclosingEntry() {
		editor.selectAndReveal(BOOT_S.indexOf("boot_flag(%rip)") + 3, 0);

		List<Integer> expected = new ArrayList<>();
		for (int at = BOOT_S.indexOf("boot_flag"); at >= 0; at = BOOT_S.indexOf("boot_flag", at + 1)) {
			expected.add(at);
		}
		assertEquals(3, expected.size(), "a definition and two uses in the file");
		UiConditions.waitUntil("the occurrences of boot_flag are marked", PARSED, () -> occurrenceOffsets().equals(expected));
		UiConditions.waitUntil("the outline follows the caret into boot_entry", PARSED,
				() -> outline.getSelectionCount() == 1 && outline.getSelection()[0].getText().startsWith("boot_entry : code"));

		IEclipsePreferences toggle = InstanceScope.INSTANCE.getNode(GasmOccurrencesReconciler.PREFERENCES_NODE);
		toggle.putBoolean(GasmOccurrencesReconciler.ENABLED_KEY, false);
		try {
			UiConditions.waitUntil("Toggle Mark Occurrences off clears the marks", PARSED, () -> occurrenceOffsets().isEmpty());
		} finally {
			toggle.remove(GasmOccurrencesReconciler.ENABLED_KEY);
		}
		UiConditions.waitUntil("switched back on, the marks return", PARSED, () -> occurrenceOffsets().equals(expected));

		editor.selectAndReveal(BOOT_S.indexOf("%eax, %eax"), 0);
		UiConditions.waitUntil("a register has no occurrences", PARSED, () -> occurrenceOffsets().isEmpty());

		editor.selectAndReveal(BOOT_S.indexOf("boot_table") + 1, 0);
		UiConditions.waitUntil("the outline follows the caret onto boot_table", PARSED,
				() -> outline.getSelectionCount() == 1 && outline.getSelection()[0].getText().startsWith("boot_table"));
	}

	private List<Integer> occurrenceOffsets() {
		ISourceViewer viewer = assertInstanceOf(ISourceViewer.class, editor.getAdapter(ITextOperationTarget.class));
		IAnnotationModel model = viewer.getAnnotationModel();
		List<Integer> offsets = new ArrayList<>();
		for (Iterator<Annotation> annotations = model.getAnnotationIterator(); annotations.hasNext();) {
			Annotation annotation = annotations.next();
			if (GasmOccurrencesReconciler.ANNOTATION_TYPE.equals(annotation.getType())) {
				offsets.add(model.getPosition(annotation).getOffset());
			}
		}
		offsets.sort(null);
		return offsets;
	}

	private static List<String> texts(TreeItem[] items) {
		List<String> texts = new ArrayList<>();
		for (TreeItem item : items) {
			texts.add(item.getText());
		}
		return texts;
	}

	/** The toggle the outline page puts in the Outline view's toolbar. */
	private static IAction sortAction() throws PartInitException {
		IContributionItem item = page().showView(IPageLayout.ID_OUTLINE).getViewSite().getActionBars().getToolBarManager()
				.find("dev.gasket.lang.ui.outline.sort");
		IContributionItem inner = item instanceof SubContributionItem sub ? sub.getInnerItem() : item;
		return assertInstanceOf(ActionContributionItem.class, inner, "the Outline view's toolbar has the sort toggle").getAction();
	}

	private static Tree outlineTree() throws PartInitException {
		PageBookView view = assertInstanceOf(PageBookView.class, page().showView(IPageLayout.ID_OUTLINE));
		UiConditions.flushEvents();
		return assertInstanceOf(Tree.class, view.getCurrentPage().getControl(), "the editor provides an outline page");
	}

	private static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}
}
