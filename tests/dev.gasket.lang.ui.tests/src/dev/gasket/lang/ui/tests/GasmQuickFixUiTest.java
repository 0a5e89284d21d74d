package dev.gasket.lang.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.quickassist.IQuickAssistAssistant;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.jface.text.source.ISourceViewerExtension3;
import org.eclipse.jface.text.source.TextInvocationContext;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.texteditor.MarkerAnnotation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.gasket.lang.ui.problems.GasmNature;
import dev.gasket.lang.ui.problems.IssueAnnotation;
import dev.gasket.lang.ui.problems.ProblemAnnotationReconciler;

/**
 * Quick Fix (Ctrl+1) in the assembly editor and one annotation per problem, in a real workbench: the proposals are
 * those the editor's own quick assist assistant computes at the caret, as Ctrl+1 shows them.
 */
class GasmQuickFixUiTest {
	private static final Duration PARSED = Duration.ofSeconds(15);
	private static final String TRAMPOLINE_S = OperandSizeProblem.TRAMPOLINE_S;
	private static final String FIXED = TRAMPOLINE_S.replace("xorq", "xorl");
	private static final int OPERAND = TRAMPOLINE_S.indexOf("tr_cr4(%rip)");

	private IProject project;
	private ITextEditor editor;
	private boolean autoBuilding;

	@BeforeEach
	void createProject() throws CoreException {
		autoBuilding = TestProjects.setAutoBuilding(false);
		project = TestProjects.create("quickfix-test");
		TestProjects.createFile(project, "trampoline.S", TRAMPOLINE_S);
	}

	@AfterEach
	void closeEditorsAndProject() throws CoreException {
		page().closeAllEditors(false);
		project.delete(true, true, null);
		TestProjects.setAutoBuilding(autoBuilding);
	}

	@Test
	void ctrl1OnAProblemFoundWhileTypingOffersAndAppliesTheSuffixFix() throws CoreException {
		openEditor();
		UiConditions.waitUntil("the operand-size warning is annotated", PARSED, () -> visibleProblemsAt(OPERAND).size() == 1);
		assertInstanceOf(IssueAnnotation.class, visibleProblemsAt(OPERAND).get(0), "no build ran: the editor's own annotation");

		assertEquals(List.of("Change xorq to xorl"), labels(quickFixesAt(OPERAND + 3)));
		assertEquals(List.of("Change xorq to xorl"), labels(quickFixesAt(TRAMPOLINE_S.indexOf("xorq"))), "anywhere on the problem's line");
		assertEquals(List.of(), labels(quickFixesAt(TRAMPOLINE_S.indexOf("\tret"))), "nothing on a line without a problem");

		quickFixesAt(OPERAND + 3)[0].apply(document());
		assertEquals(FIXED, document().get());
		UiConditions.waitUntil("the warning is gone after the fix", PARSED, () -> visibleProblemsAt(OPERAND).isEmpty());
	}

	@Test
	void afterSaveAndBuildAProblemHasOneAnnotationAndOneQuickFixWhileTypingOn() throws Exception {
		GasmNature.addTo(project, null);
		openEditor();
		UiConditions.waitUntil("the operand-size warning is annotated", PARSED, () -> visibleProblemsAt(OPERAND).size() == 1);
		editor.doSave(null);
		project.build(IncrementalProjectBuilder.FULL_BUILD, null);
		UiConditions.waitUntil("the marker's annotation is the only one", PARSED, () -> {
			List<Annotation> shown = visibleProblemsAt(OPERAND);
			return shown.size() == 1 && shown.get(0) instanceof MarkerAnnotation;
		});
		assertEquals(1, visibleProblemsAt(OPERAND).size(), () -> "at the operand: " + describe(visibleProblemsAt(OPERAND)));

		// unsaved typing above moves the problem; the marker's annotation and its quick fix follow it
		String typed = "\tnop\n\tnop\n";
		document().replace(TRAMPOLINE_S.indexOf("entry:"), 0, typed);
		int moved = OPERAND + typed.length();
		UiConditions.waitUntil("one annotation at the moved operand", PARSED, () -> visibleProblemsAt(moved).size() == 1);
		assertEquals(List.of("Change xorq to xorl"), labels(quickFixesAt(moved + 3)), "the marker's resolution, offered once");
		quickFixesAt(moved + 3)[0].apply(document());
		String fixedAndTyped = FIXED.replace("entry:", typed + "entry:");
		assertEquals(fixedAndTyped, document().get());
		UiConditions.waitUntil("the fixed problem's marker is hidden before the next build", PARSED, () -> visibleProblemsAt(moved).isEmpty());
		List<Annotation> stale = problemsAt(moved, true);
		assertTrue(stale.size() == 1 && stale.get(0) instanceof MarkerAnnotation && stale.get(0).isMarkedDeleted(),
				() -> "the marker is kept, hidden, until a build replaces it: " + describe(stale));
	}

	private void openEditor() throws CoreException {
		editor = assertInstanceOf(ITextEditor.class, IDE.openEditor(page(), project.getFile("trampoline.S")));
		UiConditions.flushEvents();
	}

	/** What Ctrl+1 lists with the caret at {@code offset}: the editor's quick assist assistant's processor asked there. */
	private ICompletionProposal[] quickFixesAt(int offset) {
		editor.selectAndReveal(offset, 0);
		IQuickAssistAssistant assistant = assertInstanceOf(ISourceViewerExtension3.class, viewer()).getQuickAssistAssistant();
		ICompletionProposal[] proposals = assistant.getQuickAssistProcessor().computeQuickAssistProposals(new TextInvocationContext(viewer(), offset, 0));
		return proposals == null ? new ICompletionProposal[0] : proposals;
	}

	private static List<String> labels(ICompletionProposal[] proposals) {
		return Arrays.stream(proposals).map(ICompletionProposal::getDisplayString).toList();
	}

	/** The error, warning and info annotations drawn (not hidden) at exactly {@code offset}, markers' and the editor's own. */
	private List<Annotation> visibleProblemsAt(int offset) {
		return problemsAt(offset, false);
	}

	private List<Annotation> problemsAt(int offset, boolean withHidden) {
		IAnnotationModel model = viewer().getAnnotationModel();
		List<Annotation> found = new ArrayList<>();
		for (Iterator<Annotation> annotations = model.getAnnotationIterator(); annotations.hasNext();) {
			Annotation annotation = annotations.next();
			Position place = model.getPosition(annotation);
			if (isProblem(annotation) && (withHidden || !annotation.isMarkedDeleted()) && place != null && place.getOffset() == offset) {
				found.add(annotation);
			}
		}
		return found;
	}

	private static boolean isProblem(Annotation annotation) {
		return List.of(ProblemAnnotationReconciler.ERROR_TYPE, ProblemAnnotationReconciler.WARNING_TYPE, ProblemAnnotationReconciler.INFO_TYPE)
				.contains(annotation.getType());
	}

	private static String describe(List<Annotation> annotations) {
		return annotations.stream().map(annotation -> annotation.getClass().getSimpleName() + " " + annotation.getText()).toList().toString();
	}

	private ISourceViewer viewer() {
		return assertInstanceOf(ISourceViewer.class, editor.getAdapter(ITextOperationTarget.class));
	}

	private IDocument document() {
		return editor.getDocumentProvider().getDocument(editor.getEditorInput());
	}

	private static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}
}
