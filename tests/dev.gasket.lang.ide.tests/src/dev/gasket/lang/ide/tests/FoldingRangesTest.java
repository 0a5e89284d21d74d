package dev.gasket.lang.ide.tests;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.ide.editor.folding.FoldingRange;
import org.eclipse.xtext.ide.editor.folding.FoldingRangeKind;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.google.inject.Injector;

import dev.gasket.lang.ide.GasmIdeSetup;
import dev.gasket.lang.ide.folding.GasmFoldingRangeProvider;
import dev.gasket.lang.resource.SourceLoader;

class FoldingRangesTest {
	private static Injector injector;

	/** A folded range by the 0-based lines it starts and ends on. */
	private record Fold(int startLine, int endLine, String kind) {
	}

	@BeforeAll
	static void createInjector() {
		injector = new GasmIdeSetup().createInjectorAndDoEMFRegistration();
	}

	private static XtextResource load(String name, String text) {
		XtextResource resource = (XtextResource) injector.getInstance(XtextResourceSet.class).createResource(URI.createURI("memory:/" + name));
		try {
			resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), null);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return resource;
	}

	private static Set<Fold> folds(String name, String text) {
		XtextResource resource = load(name, text);
		Set<FoldingRange> ranges = injector.getInstance(GasmFoldingRangeProvider.class).getFoldingRanges(resource, CancelIndicator.NullImpl);
		return ranges.stream().map(range -> new Fold(line(text, range.getOffset()), line(text, range.getOffset() + range.getLength()),
				range.getKind().toString())).collect(Collectors.toSet());
	}

	private static int line(String text, int offset) {
		return (int) text.substring(0, offset).chars().filter(c -> c == '\n').count();
	}

	@Test
	void foldsClosedBlocksAndCommentsButNotSingleLinesOrUnclosedBlocks() {
		String source = """
				/* Saves registers around a call,
				 * in 64-bit and 32-bit builds. */
				.macro SAVE reg, full=0
					.if \\full
					pushq %rax
					.endif
					pushq \\reg
				.endm
				#ifdef CONFIG_X86_64
					.code64
				#else
					.code32
				#endif
				# The entry point: saves
				# a register and returns.
				SYM_CODE_START(entry)
					SAVE %rbx
					ret
				SYM_CODE_END(entry)
				# a lone comment line
				.rept 3; nop; .endr
				.if UNFINISHED
					nop
				""";
		String region = FoldingRangeKind.REGION.toString();
		String comment = FoldingRangeKind.COMMENT.toString();
		assertEquals(Set.of(new Fold(0, 1, comment), new Fold(2, 7, region), new Fold(3, 5, region), new Fold(8, 12, region),
				new Fold(13, 14, comment), new Fold(15, 18, region)), folds("entry.S", source));
	}

	@Test
	void aBlockEndsAtTheEndOfItsCloserLine() {
		String source = ".irp r, %rax, %rbx\n\tpushq \\r\n.endr # done\nnop\n";
		XtextResource resource = load("irp.s", source);
		FoldingRange range = injector.getInstance(GasmFoldingRangeProvider.class).getFoldingRanges(resource, CancelIndicator.NullImpl).first();
		assertEquals(source.substring(0, source.indexOf("\nnop")), source.substring(range.getOffset(), range.getOffset() + range.getLength()));
	}

	@Test
	void cppLinesAreCommentsInLowerCaseSFiles() {
		String source = "#ifdef X\n#define Y\n\tnop\n#endif\n";
		assertEquals(Set.of(new Fold(0, 1, FoldingRangeKind.COMMENT.toString())), folds("plain.s", source),
				"in .s files # lines are comment lines, not cpp blocks");
	}

	@Test
	void brokenInputStillFoldsWhatIsClosed() {
		String source = """
				.if 1
					)))) ,,
				.endif
				.endr
				#endif
				SYM_CODE_END(nothing)
				.rept
				.macro BROKEN a,
					movl $, (((%eax
				.endm
				""";
		Set<Fold> folds = assertDoesNotThrow(() -> folds("broken.S", source));
		assertEquals(Set.of(new Fold(0, 2, FoldingRangeKind.REGION.toString())), folds);
		assertEquals(Set.of(), assertDoesNotThrow(() -> folds("empty.S", "")));
	}

	@Test
	void theExampleProject() throws IOException {
		Path example = Path.of("../../examples/trampoline/trampoline_64.S").toAbsolutePath().normalize();
		String text = Files.readString(example);
		XtextResource resource = (XtextResource) injector.getInstance(SourceLoader.class).load(injector.getInstance(XtextResourceSet.class), example);
		Set<Fold> folds = injector.getInstance(GasmFoldingRangeProvider.class).getFoldingRanges(resource, CancelIndicator.NullImpl).stream()
				.map(range -> new Fold(line(text, range.getOffset()), line(text, range.getOffset() + range.getLength()), range.getKind().toString()))
				.collect(Collectors.toSet());
		String region = FoldingRangeKind.REGION.toString();
		Set<Fold> expected = new HashSet<>();
		expected.add(new Fold(0, line(text, " */"), FoldingRangeKind.COMMENT.toString()));
		for (String code : List.of("trampoline_start", "startup_32", "startup_64", "trampoline_start64", "trampoline_compat", "kernel_entry")) {
			expected.add(new Fold(line(text, "SYM_CODE_START(" + code + ")"), line(text, "SYM_CODE_END(" + code + ")"), region));
		}
		for (String data : List.of("tr_gdt", "tr_gdt32", "tr_gdt64", "tr_idt", "tr_compat", "tr_pml5", "tr_pml4", "tr_pdpt", "tr_pd")) {
			expected.add(new Fold(line(text, "SYM_DATA_START_LOCAL(" + data + ")"), line(text, "SYM_DATA_END(" + data + ")"), region));
		}
		expected.add(new Fold(line(text, "SYM_DATA_START(trampoline_header)"), line(text, "SYM_DATA_END(trampoline_header)"), region));
		expected.add(new Fold(line(text, ".rept"), line(text, ".endr"), region));
		assertEquals(expected, folds);
	}

	private static int line(String text, String lineContent) {
		return line(text, text.indexOf(lineContent));
	}
}
