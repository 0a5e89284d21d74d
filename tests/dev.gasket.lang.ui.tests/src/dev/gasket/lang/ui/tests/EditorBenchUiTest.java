package dev.gasket.lang.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import dev.gasket.lang.symbols.SymbolKind;
import dev.gasket.lang.ui.editor.GasmLexicalStyle;
import dev.gasket.lang.ui.editor.GasmSemanticStyle;
import dev.gasket.lang.ui.model.GasmDocumentModel;

/**
 * The editor's responsiveness on generated kernel-style files of growing size, in the real workbench: keystroke to
 * lexical colour, edit to semantic colour (the reconciler's 300 ms delay included) and the longest UI-thread stall
 * while the reconciler works. Prints a table with ratios against the smallest files; asserts no times. Runs only with
 * {@code -Dgasket.bench=true} ({@code scripts/bench-editor}).
 */
@EnabledIfSystemProperty(named = "gasket.bench", matches = "true")
class EditorBenchUiTest {
	private static final int KEYSTROKES = 20;
	private static final int SEMANTIC_ROUNDS = 5;
	private static final Path LINKAGE_H = Path.of("../../examples/trampoline/linkage.h").toAbsolutePath().normalize();

	private final List<IProject> projects = new ArrayList<>();

	@AfterEach
	void deleteProjects() throws CoreException {
		page().closeAllEditors(false);
		for (IProject project : projects) {
			project.delete(true, true, null);
		}
	}

	@Test
	void keystrokeAndReconcileTimesOnGrowingFiles() throws Exception {
		List<BenchRow> rows = new ArrayList<>();
		rows.add(emptyFile());
		for (int lines : new int[] { 0, 2_000, 20_000 }) {
			rows.add(generatedFile(lines));
		}
		String table = BenchRow.table(rows);
		System.out.println(table);
		Path report = Path.of("target", "editor-bench.txt").toAbsolutePath();
		Files.createDirectories(report.getParent());
		Files.writeString(report, table);
		System.out.println("(also written to " + report + ")");
	}

	/** Typing '#' at the start of an empty file makes it a comment: the keystroke cost without any text around. */
	private BenchRow emptyFile() throws Exception {
		StyledText text = open(createProject("bench-empty", ""));
		EditorProbe probe = new EditorProbe(text);
		Color comment = EditorProbe.color(GasmLexicalStyle.COMMENT.colorId());
		List<Double> typed = new ArrayList<>();
		for (int i = 0; i < KEYSTROKES; i++) {
			typed.add(probe.keyUntil(0, '#', 0, comment::equals));
			probe.keyUntil(1, SWT.BS, 0, colour -> text.getCharCount() == 0);
			EditorProbe.pause(20);
		}
		return new BenchRow("empty", 0, EditorProbe.Times.of(typed), null, null, Double.NaN);
	}

	private BenchRow generatedFile(int requestedLines) throws Exception {
		String source = KernelStyleSource.generate(requestedLines);
		int lines = (int) source.lines().count();
		long openStart = System.nanoTime();
		StyledText text = open(createProject("bench-" + lines, source));
		int middle = middleBlock(lines);
		String callee = KernelStyleSource.callee(middle);
		int calleeOffset = source.indexOf("\tcall\t" + callee + "\n", source.indexOf("SYM_CODE_START(do_work_" + middle + ")")) + 6;
		EditorProbe probe = new EditorProbe(text);
		probe.until(calleeOffset, GasmSemanticStyle.kindColor(SymbolKind.CODE));
		double opened = (System.nanoTime() - openStart) / 1e6;
		assertEquals(0, GasmDocumentModel.of(document()).read(resource -> resource.getErrors().size()).orElse(-1),
				"the generated file parses without errors, so the times are those of normal parsing");

		int instruction = source.indexOf("\tpushq\t%rbp", calleeOffset - 200) + 1;
		Color comment = EditorProbe.color(GasmLexicalStyle.COMMENT.colorId());
		List<Double> typed = new ArrayList<>();
		for (int i = 0; i < KEYSTROKES; i++) {
			typed.add(probe.keyUntil(instruction, '#', instruction, comment::equals));
			probe.keyUntil(instruction + 1, SWT.BS, instruction, colour -> !comment.equals(colour));
			EditorProbe.pause(20);
		}

		Color unresolved = EditorProbe.color(GasmSemanticStyle.UNRESOLVED);
		Color code = EditorProbe.color(GasmSemanticStyle.kindColor(SymbolKind.CODE));
		int nameEnd = calleeOffset + callee.length();
		List<Double> reconciled = new ArrayList<>();
		UiHeartbeat heartbeat = new UiHeartbeat(Display.getCurrent());
		heartbeat.start();
		for (int i = 0; i < SEMANTIC_ROUNDS; i++) {
			// '_' (not a letter or digit) leaves content assist's auto activation out: only the reconcile is measured
			reconciled.add(probe.keyUntil(nameEnd, '_', calleeOffset, unresolved::equals));
			reconciled.add(probe.keyUntil(nameEnd + 1, SWT.BS, calleeOffset, code::equals));
		}
		UiHeartbeat.Stall stall = heartbeat.stop();
		return new BenchRow(lines + " lines", lines, EditorProbe.Times.of(typed), EditorProbe.Times.of(reconciled), stall, opened);
	}

	private static int middleBlock(int lines) {
		return Math.max(0, (lines - 8) / KernelStyleSource.LINES_PER_BLOCK / 2);
	}

	private IFile createProject(String name, String source) throws Exception {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
		project.create(null);
		project.open(null);
		projects.add(project);
		project.getFile("linkage.h").create(Files.newInputStream(LINKAGE_H), true, null);
		IFile file = project.getFile("bench.S");
		file.create(new ByteArrayInputStream(source.getBytes(StandardCharsets.UTF_8)), true, null);
		return file;
	}

	private static StyledText open(IFile file) throws CoreException {
		page().closeAllEditors(false);
		return assertInstanceOf(StyledText.class, IDE.openEditor(page(), file).getAdapter(Control.class));
	}

	private static IDocument document() {
		ITextEditor editor = assertInstanceOf(ITextEditor.class, page().getActiveEditor());
		return editor.getDocumentProvider().getDocument(editor.getEditorInput());
	}

	private static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	static String format(double millis) {
		return Double.isNaN(millis) ? "-" : String.format(Locale.ROOT, "%.1f", millis);
	}
}
