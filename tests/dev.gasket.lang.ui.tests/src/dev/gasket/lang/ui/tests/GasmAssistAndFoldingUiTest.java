package dev.gasket.lang.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContentAssistProcessor;
import org.eclipse.jface.text.contentassist.IContentAssistant;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.SourceViewer;
import org.eclipse.jface.text.source.projection.ProjectionAnnotation;
import org.eclipse.jface.text.source.projection.ProjectionAnnotationModel;
import org.eclipse.jface.text.source.projection.ProjectionViewer;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Content assist and folding as the generic editor installs them for a {@code .S} file: proposals come from the
 * viewer's own content assistant, folds from its projection annotation model.
 */
class GasmAssistAndFoldingUiTest {
	private static final Duration FOLDED = Duration.ofSeconds(15);
	private static final String DEFS_S = """
			\t.data
			\t.globl counter
			\t.type counter, @object
			counter:
			\t.long 0
			\t.size counter, 4
			""";
	private static final String MAIN_S = """
			\t.code64
			\t.text
			\t.macro save_pair first, second
			\tpushq\t\\first
			\tpushq\t\\second
			\t.endm
			#if defined(DEBUG)
			\tint3
			#endif
			SYM_CODE_START(entry)
			\tsave_pair %rax, %rbx
			\tmovl\tcounter(%rip), %eax
			\tret
			SYM_CODE_END(entry)
			\t.code16
			boot16:
			\tmovw\t%ax, %bx
			""";

	private IProject project;
	private IEditorPart editor;
	private IDocument document;

	@BeforeEach
	void openMainInAProject() throws CoreException {
		project = ResourcesPlugin.getWorkspace().getRoot().getProject("assist-test");
		project.create(null);
		project.open(null);
		project.getFile("defs.S").create(new ByteArrayInputStream(DEFS_S.getBytes(StandardCharsets.UTF_8)), true, null);
		project.getFile("main.S").create(new ByteArrayInputStream(MAIN_S.getBytes(StandardCharsets.UTF_8)), true, null);
		editor = IDE.openEditor(page(), project.getFile("main.S"));
		UiConditions.flushEvents();
		document = viewer().getDocument();
	}

	@AfterEach
	void closeEditorAndProject() throws CoreException {
		page().closeAllEditors(false);
		project.delete(true, true, null);
	}

	@Test
	void registersFollowTheLinesCodeMode() throws Exception {
		List<String> in64 = proposalsAfterTyping(MAIN_S.indexOf("\tret"), "\tmovq %");
		assertTrue(in64.stream().anyMatch(shown -> shown.startsWith("%rax") && shown.contains("64-bit")), in64::toString);
		assertTrue(in64.stream().anyMatch(shown -> shown.startsWith("%eax ") && shown.contains("32-bit")), in64::toString);

		List<String> in16 = proposalsAfterTyping(MAIN_S.length(), "\tmovw %");
		assertTrue(in16.stream().anyMatch(shown -> shown.startsWith("%ax ")), in16::toString);
		assertFalse(in16.stream().anyMatch(shown -> shown.startsWith("%rax")), "no 64-bit register in .code16: " + in16);
	}

	@Test
	void directivesSymbolsOfOtherFilesAndMacroParameters() throws Exception {
		List<String> directives = proposalsAfterTyping(MAIN_S.indexOf("\tret"), "\t.");
		assertTrue(directives.stream().anyMatch(shown -> shown.startsWith(".byte")), directives::toString);
		assertTrue(directives.stream().allMatch(shown -> shown.startsWith(".")), directives::toString);

		List<String> symbols = proposalsAfterTyping(MAIN_S.indexOf("\tret"), "\tmovl coun");
		assertEquals(List.of("counter — data, 4 bytes"), symbols, "defs.S's counter with its .size");

		List<String> parameters = proposalsAfterTyping(MAIN_S.indexOf("\t.endm"), "\tpushq \\");
		assertEquals(List.of("first", "second"), parameters.stream().map(shown -> shown.split(" ")[0]).toList(), parameters::toString);
	}

	@Test
	void applyingAProposalCompletesTheWord() throws Exception {
		int insertAt = MAIN_S.indexOf("\tret");
		String typed = "\tmovl coun";
		document.replace(insertAt, 0, typed + "\n");
		ICompletionProposal counter = Arrays.stream(proposals(insertAt + typed.length()))
				.filter(proposal -> proposal.getDisplayString().startsWith("counter")).findFirst().orElseThrow();
		counter.apply(document);
		int line = document.getLineOfOffset(insertAt);
		assertEquals("\tmovl counter", document.get(document.getLineOffset(line), document.getLineLength(line)).stripTrailing());
		assertEquals(MAIN_S.substring(insertAt), document.get().substring(document.getLineOffset(line + 1)), "the text after is untouched");
	}

	@Test
	void blocksFoldAndKeepTheirAnnotationsAcrossEdits() throws Exception {
		ProjectionAnnotationModel folds = assertInstanceOf(ProjectionViewer.class, viewer()).getProjectionAnnotationModel();
		assertNotNull(folds, "projection is enabled");
		int[] macro = lines(".macro", ".endm");
		int[] condition = lines("#if", "#endif");
		int[] symbol = lines("SYM_CODE_START", "SYM_CODE_END");
		UiConditions.waitUntil("the three blocks fold", FOLDED, () -> foldAt(folds, macro).isPresent() && foldAt(folds, condition).isPresent()
				&& foldAt(folds, symbol).isPresent());
		assertEquals(3, annotations(folds).size(), "nothing else folds: " + annotations(folds).stream().map(folds::getPosition).toList());

		ProjectionAnnotation macroFold = foldAt(folds, macro).orElseThrow();
		folds.collapse(macroFold);
		String addedBlock = "#if 1\n\tnop\n#endif\n";
		document.replace(document.getLength(), 0, addedBlock);
		int addedLine = document.getNumberOfLines() - 4;
		UiConditions.waitUntil("the new #if block folds", FOLDED, () -> foldAt(folds, new int[] { addedLine, addedLine + 2 }).isPresent());
		assertSame(macroFold, foldAt(folds, macro).orElseThrow(), "the macro's fold was kept, not recreated");
		assertTrue(macroFold.isCollapsed());
	}

	/** Types {@code typed} as a line of its own at {@code insertAt}, asks for proposals after it, and removes it again. */
	private List<String> proposalsAfterTyping(int insertAt, String typed) throws BadLocationException, ReflectiveOperationException {
		document.replace(insertAt, 0, typed + "\n");
		try {
			return Arrays.stream(proposals(insertAt + typed.length())).map(ICompletionProposal::getDisplayString).toList();
		} finally {
			document.replace(insertAt, typed.length() + 1, "");
		}
	}

	@Test
	void typingPercentDotOrBackslashOpensTheList() throws ReflectiveOperationException {
		String triggers = new String(installedProcessor().getCompletionProposalAutoActivationCharacters());
		assertTrue(triggers.contains("%") && triggers.contains(".") && triggers.contains("\\"), triggers);
	}

	private ICompletionProposal[] proposals(int offset) throws ReflectiveOperationException {
		ICompletionProposal[] proposals = installedProcessor().computeCompletionProposals(viewer(), offset);
		return proposals == null ? new ICompletionProposal[0] : proposals;
	}

	/** The processor of the content assistant the generic editor configured the viewer with, for the default partition. */
	private IContentAssistProcessor installedProcessor() throws ReflectiveOperationException {
		Field assistantField = SourceViewer.class.getDeclaredField("fContentAssistant");
		assistantField.setAccessible(true);
		IContentAssistant assistant = (IContentAssistant) assistantField.get(viewer());
		assertNotNull(assistant, "the editor has content assist");
		IContentAssistProcessor processor = assistant.getContentAssistProcessor(IDocument.DEFAULT_CONTENT_TYPE);
		assertNotNull(processor, "a processor for the default partition");
		return processor;
	}

	/** The line of the first line starting with {@code opener} (after blanks), and of the next starting with {@code closer}. */
	private static int[] lines(String opener, String closer) {
		List<String> lines = MAIN_S.lines().map(String::strip).toList();
		int first = indexOfLineStarting(lines, opener, 0);
		return new int[] { first, indexOfLineStarting(lines, closer, first + 1) };
	}

	private static int indexOfLineStarting(List<String> lines, String start, int from) {
		for (int i = from; i < lines.size(); i++) {
			if (lines.get(i).startsWith(start)) {
				return i;
			}
		}
		throw new AssertionError("no line starts with " + start);
	}

	private Optional<ProjectionAnnotation> foldAt(ProjectionAnnotationModel folds, int[] lines) {
		for (Annotation annotation : annotations(folds)) {
			Position position = folds.getPosition(annotation);
			try {
				if (position != null && document.getLineOfOffset(position.getOffset()) == lines[0]
						&& document.getLineOfOffset(position.getOffset() + position.getLength() - 1) == lines[1]) {
					return Optional.of((ProjectionAnnotation) annotation);
				}
			} catch (BadLocationException e) {
				// a position of an older text, not the fold looked for
			}
		}
		return Optional.empty();
	}

	private static List<Annotation> annotations(ProjectionAnnotationModel folds) {
		List<Annotation> all = new ArrayList<>();
		for (Iterator<Annotation> iterator = folds.getAnnotationIterator(); iterator.hasNext();) {
			all.add(iterator.next());
		}
		return all;
	}

	private SourceViewer viewer() {
		return assertInstanceOf(SourceViewer.class, editor.getAdapter(ITextOperationTarget.class));
	}

	private static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}
}
