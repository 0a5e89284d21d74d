package dev.gasket.lang.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.texteditor.MarkerAnnotation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.gasket.lang.ui.problems.ProblemAnnotationReconciler;
import dev.gasket.lang.ui.problems.ProblemMarkers;
import dev.gasket.lang.validation.GasmIssueCodes;

/**
 * The language's diagnostics in a real workbench: editor annotations while typing, problem markers from the Gasket
 * builder in the Problems view, and the suffix quick fix of {@code operand-size-vs-symbol}.
 */
class GasmProblemsUiTest {
	private static final Duration PARSED = Duration.ofSeconds(15);
	private static final String TRAMPOLINE_S = OperandSizeProblem.TRAMPOLINE_S;
	/** Typed in before the {@code ret}, on line 9: an {@code .equ} without its name. */
	private static final String SYNTAX_ERROR_LINE = "\t.equ\t, 0\n";

	private IProject project;
	private IFile file;
	private ITextEditor editor;
	private boolean autoBuilding;

	@BeforeEach
	void createProjectAndOpenEditor() throws CoreException {
		autoBuilding = TestProjects.setAutoBuilding(false);
		project = TestProjects.createWithGasmNature("problems-test");
		file = TestProjects.createFile(project, "trampoline.S", TRAMPOLINE_S);
		editor = assertInstanceOf(ITextEditor.class, IDE.openEditor(page(), file));
	}

	@AfterEach
	void closeEditorsAndProject() throws CoreException {
		page().closeAllEditors(false);
		project.delete(true, true, null);
		TestProjects.setAutoBuilding(autoBuilding);
	}

	@Test
	void annotationsWhileTypingMarkersAfterBuildAndTheSuffixQuickFix() throws CoreException, BadLocationException {
		int operand = TRAMPOLINE_S.indexOf("tr_cr4(%rip)");
		UiConditions.waitUntil("the operand-size warning is annotated", PARSED,
				() -> annotationOffsets(ProblemAnnotationReconciler.WARNING_TYPE).equals(List.of(operand)));
		assertEquals(List.of(), annotationOffsets(ProblemAnnotationReconciler.ERROR_TYPE));

		IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
		int errorLine = document.getLineOffset(8);
		document.replace(errorLine, 0, SYNTAX_ERROR_LINE);
		UiConditions.waitUntil("the typed syntax error is annotated on its line", PARSED, () -> {
			List<Integer> errors = annotationOffsets(ProblemAnnotationReconciler.ERROR_TYPE);
			return errors.size() == 1 && errors.get(0) >= errorLine && errors.get(0) < errorLine + SYNTAX_ERROR_LINE.length();
		});
		assertEquals(List.of(operand), annotationOffsets(ProblemAnnotationReconciler.WARNING_TYPE), "the warning stays where it was");

		editor.doSave(null);
		project.build(IncrementalProjectBuilder.INCREMENTAL_BUILD, null);
		IMarker syntax = onlyMarker(GasmIssueCodes.SYNTAX);
		assertEquals(9, syntax.getAttribute(IMarker.LINE_NUMBER, -1));
		assertEquals(IMarker.SEVERITY_ERROR, syntax.getAttribute(IMarker.SEVERITY, -1));
		IMarker widened = onlyMarker(GasmIssueCodes.OPERAND_SIZE_VS_SYMBOL);
		assertEquals(8, widened.getAttribute(IMarker.LINE_NUMBER, -1));
		assertEquals(IMarker.SEVERITY_WARNING, widened.getAttribute(IMarker.SEVERITY, -1));
		assertEquals(operand, widened.getAttribute(IMarker.CHAR_START, -1));
		assertEquals(operand + "tr_cr4(%rip)".length(), widened.getAttribute(IMarker.CHAR_END, -1));

		page().showView(IPageLayout.ID_PROBLEM_VIEW);
		String warningMessage = widened.getAttribute(IMarker.MESSAGE, "");
		String errorMessage = syntax.getAttribute(IMarker.MESSAGE, "");
		List<String> listed = new ArrayList<>();
		try {
			UiConditions.waitUntil("the Problems view lists both problems", PARSED, () -> {
				listed.clear();
				listed.addAll(problemsViewTexts());
				return listed.containsAll(List.of(warningMessage, errorMessage));
			});
		} catch (AssertionError e) {
			throw new AssertionError(e.getMessage() + "; the trees show " + listed, e);
		}

		IMarkerResolution fix = Arrays.stream(IDE.getMarkerHelpRegistry().getResolutions(widened))
				.filter(resolution -> resolution.getLabel().equals("Change xorq to xorl")).findFirst()
				.orElseThrow(() -> new AssertionError("no suffix fix offered for " + warningMessage));
		assertTrue(IDE.getMarkerHelpRegistry().getResolutions(syntax).length == 0, "a syntax error has no quick fix");
		fix.run(widened);
		assertTrue(document.get().contains("\txorl\ttr_cr4(%rip), %rax\n"), document.get());
		assertTrue(!editor.isDirty(), "the fix of a saved file is saved");

		project.build(IncrementalProjectBuilder.INCREMENTAL_BUILD, null);
		assertEquals(List.of(), markers(GasmIssueCodes.OPERAND_SIZE_VS_SYMBOL), "the warning is gone after the next build");
		onlyMarker(GasmIssueCodes.SYNTAX);
		UiConditions.waitUntil("the warning annotation is gone", PARSED, () -> annotationOffsets(ProblemAnnotationReconciler.WARNING_TYPE).isEmpty());
	}

	private IMarker onlyMarker(String code) throws CoreException {
		List<IMarker> found = markers(code);
		assertEquals(1, found.size(), () -> code + " markers: " + found);
		return found.get(0);
	}

	private List<IMarker> markers(String code) throws CoreException {
		List<IMarker> found = new ArrayList<>();
		for (IMarker marker : file.findMarkers(ProblemMarkers.TYPE, false, IResource.DEPTH_ZERO)) {
			if (code.equals(marker.getAttribute(ProblemMarkers.CODE, ""))) {
				found.add(marker);
			}
		}
		return found;
	}

	/** The offsets of the reconciler's annotations of {@code type}, leaving out those the editor draws for markers. */
	private List<Integer> annotationOffsets(String type) {
		ISourceViewer viewer = assertInstanceOf(ISourceViewer.class, editor.getAdapter(ITextOperationTarget.class));
		IAnnotationModel model = viewer.getAnnotationModel();
		List<Integer> offsets = new ArrayList<>();
		for (Iterator<Annotation> annotations = model.getAnnotationIterator(); annotations.hasNext();) {
			Annotation annotation = annotations.next();
			if (type.equals(annotation.getType()) && !(annotation instanceof MarkerAnnotation)) {
				offsets.add(model.getPosition(annotation).getOffset());
			}
		}
		offsets.sort(null);
		return offsets;
	}

	/** Every row's first column in the workbench window's trees, expanding every row: the Problems view's descriptions among them. */
	private static List<String> problemsViewTexts() {
		List<String> texts = new ArrayList<>();
		collectTrees(page().getWorkbenchWindow().getShell(), texts);
		return texts;
	}

	private static void collectTrees(Control control, List<String> texts) {
		if (control instanceof Tree tree) {
			for (TreeItem item : tree.getItems()) {
				collectItems(item, texts);
			}
		} else if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				collectTrees(child, texts);
			}
		}
	}

	private static void collectItems(TreeItem item, List<String> texts) {
		texts.add(item.getText());
		if (!item.getExpanded()) {
			// as a user's click does: the viewer creates the children of an item on its Expand event
			Event expand = new Event();
			expand.item = item;
			item.getParent().notifyListeners(SWT.Expand, expand);
			item.setExpanded(true);
		}
		for (TreeItem child : item.getItems()) {
			collectItems(child, texts);
		}
	}

	private static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}
}
