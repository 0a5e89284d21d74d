package dev.gasket.lang.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.filesystem.IFileStore;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.bindings.TriggerSequence;
import org.eclipse.jface.bindings.keys.KeySequence;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.search.ui.IQueryListener;
import org.eclipse.search.ui.ISearchQuery;
import org.eclipse.search.ui.ISearchResultViewPart;
import org.eclipse.search.ui.NewSearchUI;
import org.eclipse.search.ui.text.AbstractTextSearchViewPage;
import org.eclipse.search.ui.text.Match;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IURIEditorInput;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.keys.IBindingService;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.gasket.lang.ui.references.ReferenceMatch;
import dev.gasket.lang.ui.references.ReferencesSearchPage;
import dev.gasket.lang.ui.references.ReferencesSearchResult;

/**
 * Find References (the generic editor's command) into the Search view, across workspace files and a header outside
 * the workspace found on the project's include path; and Toggle Comment, in a real workbench.
 */
class GasmReferencesAndCommentUiTest {
	private static final String FIND_REFERENCES = "org.eclipse.ui.genericeditor.findReferences";
	private static final Duration SEARCH = Duration.ofSeconds(30);
	private static final String LINKAGE_H = """
			#define SYM_DATA(name, data...)	.globl name; .type name, @object; name: data; .size name, .-name
			""";
	private static final String DATA_S = """
			#include "linkage.h"
			\t.data
			SYM_DATA(tr_cr4, .space 4)
			SYM_DATA(tr_cr4_saved, .space 4)
			""";
	private static final String ENTRY_S = """
			#include "linkage.h"
			\t.text
			\tmovl\ttr_cr4(%rip), %eax
			\tmovl\t%eax, tr_cr4_saved(%rip)
			\tret
			""";
	private static final String EXIT_S = """
			#include "linkage.h"
			\t.text
			\torl\t$0x100, tr_cr4(%rip)
			#include "cr4_reload.h"
			\tmovl\ttr_cr4(%rip), %ecx
			\tret
			""";
	/** Lives outside the workspace, in a directory on the project's include path. */
	private static final String CR4_RELOAD_H = """
			/* loads CR4 from its saved image */
			\tmovl\ttr_cr4(%rip), %edx
			\tmovl\t%edx, %cr4
			""";

	private IProject project;
	private Path includeDirectory;

	@BeforeEach
	void createProject() throws CoreException, IOException {
		includeDirectory = Files.createTempDirectory("gasket-include");
		Files.writeString(includeDirectory.resolve("cr4_reload.h"), CR4_RELOAD_H);
		project = TestProjects.create("references-test");
		if (!project.getFolder(".settings").exists()) {
			project.getFolder(".settings").create(true, true, null);
		}
		create(".settings/dev.gasket.lang.prefs", "includePath=" + includeDirectory + "\n");
		create("linkage.h", LINKAGE_H);
		create("data.S", DATA_S);
		create("entry.S", ENTRY_S);
		create("exit.S", EXIT_S);
	}

	@AfterEach
	void deleteProject() throws CoreException, IOException {
		page().closeAllEditors(false);
		project.delete(true, true, null);
		try (Stream<Path> files = Files.walk(includeDirectory)) {
			for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(file);
			}
		}
	}

	@Test
	void findReferencesShowsTheDefinitionAndEveryUseInTheSearchViewAndOpensThem() throws Exception {
		ITextEditor editor = open("entry.S");
		editor.selectAndReveal(ENTRY_S.indexOf("tr_cr4(") + 2, 0);
		TriggerSequence[] keys = PlatformUI.getWorkbench().getService(IBindingService.class).getActiveBindingsFor(FIND_REFERENCES);
		assertTrue(Arrays.asList(keys).contains(KeySequence.getInstance("M1+M2+G")), () -> "bound to " + Arrays.toString(keys));

		ReferencesSearchResult result = findReferences();
		assertEquals("tr_cr4", result.symbol());
		assertEquals("'tr_cr4' \u2014 5 references in 4 files", result.getLabel());
		Path header = includeDirectory.resolve("cr4_reload.h");
		List<String> expected = new ArrayList<>(List.of(
				"data.S@" + DATA_S.indexOf("tr_cr4") + " definition",
				"entry.S@" + ENTRY_S.indexOf("tr_cr4("),
				"exit.S@" + EXIT_S.indexOf("tr_cr4("),
				"exit.S@" + EXIT_S.lastIndexOf("tr_cr4("),
				header + "@" + CR4_RELOAD_H.indexOf("tr_cr4")));
		expected.sort(null);
		assertEquals(expected, places(result));
		assertEquals(2, result.getMatchCount(project.getFile("exit.S")));

		ReferencesSearchPage page = assertInstanceOf(ReferencesSearchPage.class, searchView().getActivePage());
		Tree tree = Widgets.first((Composite) page.getControl(), Tree.class);
		UiConditions.waitUntil("the Search view lists the four files", SEARCH, () -> tree.getItemCount() == 4);
		List<String> files = Arrays.stream(tree.getItems()).map(TreeItem::getText).toList();
		assertEquals(List.of("data.S - /references-test (1 reference)", "entry.S - /references-test (1 reference)",
				"exit.S - /references-test (2 references)", "cr4_reload.h - " + includeDirectory + " (1 reference)"), files);
		assertEquals("3: SYM_DATA(tr_cr4, .space 4) (definition)", tree.getItem(0).getItem(0).getText());
		assertEquals("5: movl tr_cr4(%rip), %ecx", tree.getItem(2).getItem(1).getText());

		ReferenceMatch secondInExit = match(result, project.getFile("exit.S"), EXIT_S.lastIndexOf("tr_cr4("));
		ITextEditor exitEditor = openFromPage(page, tree, secondInExit);
		assertEquals("exit.S", exitEditor.getEditorInput().getName());
		assertSelection(EXIT_S.lastIndexOf("tr_cr4("), exitEditor);

		ReferenceMatch inHeader = match(result, headerElement(result), CR4_RELOAD_H.indexOf("tr_cr4"));
		ITextEditor headerEditor = openFromPage(page, tree, inHeader);
		assertEquals(header.toUri(), assertInstanceOf(IURIEditorInput.class, headerEditor.getEditorInput()).getURI());
		assertSelection(CR4_RELOAD_H.indexOf("tr_cr4"), headerEditor);

		page.setLayout(AbstractTextSearchViewPage.FLAG_LAYOUT_FLAT);
		// the page also holds a hidden "Searching..." table
		Table table = Widgets.all((Composite) page.getControl(), Table.class).stream().filter(Control::isVisible).findFirst().orElseThrow();
		UiConditions.waitUntil("the flat layout lists every reference", SEARCH, () -> table.getItemCount() == 5);
		assertEquals(List.of("data.S:3: SYM_DATA(tr_cr4, .space 4) (definition)", "entry.S:3: movl tr_cr4(%rip), %eax",
				"exit.S:3: orl $0x100, tr_cr4(%rip)", "exit.S:5: movl tr_cr4(%rip), %ecx", "cr4_reload.h:2: movl tr_cr4(%rip), %edx"),
				Arrays.stream(table.getItems()).map(TableItem::getText).toList());
		page.setLayout(AbstractTextSearchViewPage.FLAG_LAYOUT_TREE);
	}

	@Test
	void findReferencesWithoutASymbolAtTheCaretSaysSoInTheSearchView() throws Exception {
		ITextEditor editor = open("entry.S");
		editor.selectAndReveal(ENTRY_S.indexOf("%eax") + 2, 0);
		ReferencesSearchResult result = findReferences();
		assertEquals("No assembly symbol at entry.S:3", result.getLabel());
		assertEquals(0, result.getMatchCount());
	}

	@Test
	void toggleCommentPrefixesTheSelectedLinesAndTogglesBackByteIdentically() throws Exception {
		ITextEditor editor = open("entry.S");
		IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
		int start = ENTRY_S.indexOf("\tmovl");
		editor.selectAndReveal(start + 3, ENTRY_S.indexOf("\tret") + 2 - start - 3);

		toggleComment();
		String commented = ENTRY_S.substring(0, start) + "# \tmovl\ttr_cr4(%rip), %eax\n# \tmovl\t%eax, tr_cr4_saved(%rip)\n# \tret\n";
		assertEquals(commented, document.get());

		toggleComment();
		assertEquals(ENTRY_S, document.get(), "toggling twice restores the text");

		toggleComment();
		assertEquals(commented, document.get());
		editor.getAdapter(ITextOperationTarget.class).doOperation(ITextOperationTarget.UNDO);
		assertEquals(ENTRY_S, document.get(), "one undo reverts one toggle");
	}

	private static void toggleComment() throws Exception {
		PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand("dev.gasket.lang.ui.toggleComment", null);
		UiConditions.flushEvents();
	}

	/** Runs the command as Ctrl+Shift+G does and waits, bounded, until its query finished. */
	private static ReferencesSearchResult findReferences() throws Exception {
		List<ISearchQuery> finished = new ArrayList<>();
		IQueryListener listener = new IQueryListener() {
			@Override
			public void queryAdded(ISearchQuery query) {
			}

			@Override
			public void queryRemoved(ISearchQuery query) {
			}

			@Override
			public void queryStarting(ISearchQuery query) {
			}

			@Override
			public void queryFinished(ISearchQuery query) {
				synchronized (finished) {
					finished.add(query);
				}
			}
		};
		NewSearchUI.addQueryListener(listener);
		try {
			PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(FIND_REFERENCES, null);
			UiConditions.waitUntil("the references query finished", SEARCH, () -> {
				synchronized (finished) {
					return !finished.isEmpty();
				}
			});
		} finally {
			NewSearchUI.removeQueryListener(listener);
		}
		ReferencesSearchResult result = assertInstanceOf(ReferencesSearchResult.class, finished.get(0).getSearchResult());
		UiConditions.waitUntil("the Search view shows the result", SEARCH,
				() -> searchView() != null && searchView().getActivePage() instanceof ReferencesSearchPage page && page.getInput() == result);
		return result;
	}

	private static ISearchResultViewPart searchView() {
		return NewSearchUI.getSearchResultView();
	}

	/** Every match as file@offset, workspace files by name, the definition marked. */
	private static List<String> places(ReferencesSearchResult result) {
		List<String> places = new ArrayList<>();
		for (Object file : result.getElements()) {
			for (Match match : result.getMatches(file)) {
				ReferenceMatch reference = assertInstanceOf(ReferenceMatch.class, match);
				assertEquals("tr_cr4".length(), reference.getLength());
				String name = file instanceof IFile workspaceFile ? workspaceFile.getName() : Path.of(((IFileStore) file).toURI()).toString();
				places.add(name + "@" + reference.getOffset() + (reference.isDefinition() ? " definition" : ""));
			}
		}
		places.sort(null);
		return places;
	}

	private static Object headerElement(ReferencesSearchResult result) {
		return Arrays.stream(result.getElements()).filter(IFileStore.class::isInstance).findFirst().orElseThrow();
	}

	private static ReferenceMatch match(ReferencesSearchResult result, Object file, int offset) {
		return Arrays.stream(result.getMatches(file)).filter(match -> match.getOffset() == offset).map(ReferenceMatch.class::cast)
				.findFirst().orElseThrow(() -> new AssertionError("no match at " + offset + " in " + file));
	}

	/** Selects the match in the page's tree and opens it as a double-click or Enter does. */
	private static ITextEditor openFromPage(ReferencesSearchPage page, Tree tree, ReferenceMatch match) {
		page.getSite().getSelectionProvider().setSelection(new StructuredSelection(match));
		Event open = new Event();
		open.item = tree.getSelection()[0];
		tree.notifyListeners(SWT.DefaultSelection, open);
		UiConditions.flushEvents();
		return assertInstanceOf(ITextEditor.class, page().getActiveEditor());
	}

	private static void assertSelection(int offset, ITextEditor editor) {
		ITextSelection selection = (ITextSelection) editor.getSelectionProvider().getSelection();
		assertEquals(offset + ":" + "tr_cr4".length(), selection.getOffset() + ":" + selection.getLength());
	}

	private ITextEditor open(String name) throws CoreException {
		ITextEditor editor = assertInstanceOf(ITextEditor.class, IDE.openEditor(page(), project.getFile(name)));
		UiConditions.flushEvents();
		return editor;
	}

	private void create(String name, String text) throws CoreException {
		TestProjects.createFile(project, name, text);
	}

	private static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}
}
