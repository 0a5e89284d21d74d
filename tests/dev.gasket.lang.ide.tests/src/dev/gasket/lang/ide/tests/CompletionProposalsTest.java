package dev.gasket.lang.ide.tests;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.inject.Injector;

import dev.gasket.lang.ide.GasmIdeSetup;
import dev.gasket.lang.ide.contentassist.Completion;
import dev.gasket.lang.ide.contentassist.Completion.Kind;
import dev.gasket.lang.ide.contentassist.CompletionProposals;
import dev.gasket.lang.resource.SourceLoader;

class CompletionProposalsTest {
	private static final String CARET = "|";

	private static Injector injector;
	private static CompletionProposals completions;

	@BeforeAll
	static void createInjector() {
		injector = new GasmIdeSetup().createInjectorAndDoEMFRegistration();
		completions = injector.getInstance(CompletionProposals.class);
	}

	/** Proposals at the {@value #CARET} in {@code textWithCaret}, loaded as file {@code name} in a resource set of its own. */
	private static List<Completion> complete(String name, String textWithCaret) {
		int caret = textWithCaret.indexOf(CARET);
		String text = textWithCaret.substring(0, caret) + textWithCaret.substring(caret + 1);
		XtextResource resource = (XtextResource) injector.getInstance(XtextResourceSet.class).createResource(URI.createURI("memory:/" + name));
		try {
			resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), null);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return completions.at(resource, caret);
	}

	private static List<Completion> complete(String textWithCaret) {
		return complete("test.S", textWithCaret);
	}

	private static Map<String, Completion> byLabel(List<Completion> proposals) {
		return proposals.stream().collect(Collectors.toMap(Completion::label, Function.identity()));
	}

	private static void assertProposes(List<Completion> proposals, List<String> present, List<String> absent) {
		List<String> labels = proposals.stream().map(Completion::label).toList();
		List<String> missing = present.stream().filter(label -> !labels.contains(label)).toList();
		List<String> unexpected = absent.stream().filter(labels::contains).toList();
		assertTrue(missing.isEmpty() && unexpected.isEmpty(), () -> "missing " + missing + ", unexpected " + unexpected + " in " + labels);
	}

	@Test
	void mnemonicsFollowTheCodeMode() {
		assertProposes(complete(".code16\n\tpush|\n"), List.of("push", "pushl", "pushw", "pusha"), List.of("pushq"));
		assertProposes(complete(".code64\n\tpush|\n"), List.of("push", "pushq", "pushw"), List.of("pusha", "pushl"));
		assertProposes(complete(".code16\n\tswap|\n"), List.of(), List.of("swapgs"));
		assertProposes(complete(".code64\n\tswap|\n"), List.of("swapgs"), List.of());
		assertProposes(complete("\tswap|\n"), List.of("swapgs"), List.of());
		Completion swapgs = byLabel(complete(".code64\n\tswap|")).get("swapgs");
		assertEquals(Kind.MNEMONIC, swapgs.kind());
		assertTrue(swapgs.detail().startsWith("system — "), swapgs.detail());
	}

	@Test
	void registersFollowTheCodeMode() {
		assertProposes(complete(".code16\n\tmovw %|\n"), List.of("%ax", "%eax", "%cr0"), List.of("%rax", "%r8", "%r8d", "%sil", "%xmm8"));
		assertProposes(complete(".code64\n\tmovq %|\n"), List.of("%ax", "%rax", "%r8", "%r8d", "%sil", "%xmm8"), List.of());
		Completion eax = byLabel(complete(".code32\n\tmovl %e|")).get("%eax");
		assertEquals("general, 32-bit", eax.detail());
		assertEquals(Kind.REGISTER, eax.kind());
	}

	@Test
	void registersInsideAMemoryOperandReplaceFromThePercentSign() {
		String text = ".code64\n\tmovl $1, (%r|";
		List<Completion> proposals = complete(text);
		assertProposes(proposals, List.of("%rax", "%r8", "%rip", "%rsp"), List.of("%eax", "%ax"));
		Completion rax = byLabel(proposals).get("%rax");
		assertEquals(text.indexOf("%r"), rax.replaceOffset());
		assertEquals(2, rax.replaceLength());
		assertEquals("%rax", rax.insertText());
		assertProposes(complete("\tjmp *%r|"), List.of("%rax"), List.of());
	}

	@Test
	void directivesAtAStatementStart() {
		List<Completion> proposals = complete("start:\n\t.ma|\n");
		assertProposes(proposals, List.of(".macro"), List.of(".long", "mov", "%eax"));
		assertProposes(complete("\t.end|"), List.of(".endm", ".endr", ".endif"), List.of(".macro"));
		assertEquals(Kind.DIRECTIVE, byLabel(proposals).get(".macro").kind());
	}

	@Test
	void macroParametersAfterABackslash() {
		String inMacroBody = """
				.macro SAVE reg, full=0
					.irp seg, %ds, %es
						movw \\seg, %ax
					.endr
					pushq \\|
				.endm
				""";
		assertProposes(complete(inMacroBody), List.of("reg", "full"), List.of("seg"));
		String inIterationBody = """
				.macro SAVE reg, full=0
					.irp seg, %ds, %es
						movw \\|, %ax
					.endr
				.endm
				""";
		assertProposes(complete(inIterationBody), List.of("seg", "reg", "full"), List.of());
		List<Completion> narrowed = complete(inMacroBody.replace("\\|", "\\r|"));
		assertProposes(narrowed, List.of("reg"), List.of("full"));
		Completion reg = byLabel(narrowed).get("reg");
		assertEquals("reg", reg.insertText());
		assertEquals(1, reg.replaceLength(), "replaces the typed word after the backslash only");
		assertEquals(Kind.MACRO_PARAMETER, reg.kind());
		assertEquals(List.of(), complete("\tpushq \\|\n"), "no parameters outside a macro body");
	}

	@Test
	void symbolsInOperandsWithKindAndSize() {
		String source = """
				SYM_DATA(tr_cr4, .space 4)
				tr_lock:
					.long 0
				other:
					nop
					movl tr_|
				""";
		Map<String, Completion> proposals = byLabel(complete(source));
		assertEquals("data, 4 bytes", proposals.get("tr_cr4").detail());
		assertEquals("data, 4 bytes", proposals.get("tr_lock").detail());
		assertEquals(Kind.SYMBOL, proposals.get("tr_lock").kind());
		assertFalse(proposals.containsKey("other"));
		assertProposes(complete(source.replace("movl tr_|", "movl $0, other + tr_|")), List.of("tr_cr4", "tr_lock"), List.of("movl"));
		assertProposes(complete(source.replace("movl tr_|", "lock incl (o|")), List.of("other"), List.of("%eax"));
		assertProposes(complete(source.replace("movl tr_|", "SYM_CODE_END(o|")), List.of("other"), List.of());
	}

	@Test
	void symbolsOfIncludedFilesButNotOfOthers(@TempDir Path folder) throws IOException {
		Files.writeString(folder.resolve("other.S"), "#define TR_FLAGS 0x3\nSYM_DATA(tr_gdt, .quad 0)\n");
		Files.writeString(folder.resolve("unrelated.S"), "#define TR_UNRELATED 1\n");
		String text = "#include \"other.S\"\n\tmovl $TR_, %eax\n";
		Files.writeString(folder.resolve("main.S"), text);
		XtextResourceSet resourceSet = injector.getInstance(XtextResourceSet.class);
		SourceLoader loader = injector.getInstance(SourceLoader.class);
		loader.load(resourceSet, folder.resolve("unrelated.S"));
		XtextResource main = (XtextResource) loader.load(resourceSet, folder.resolve("main.S"));
		int caret = text.indexOf("TR_") + 3;
		Map<String, Completion> proposals = byLabel(completions.at(main, caret));
		assertEquals("cpp macro", proposals.get("TR_FLAGS").detail());
		assertFalse(proposals.containsKey("TR_UNRELATED"), "a #define of a file not included");
		assertEquals("data, 8 bytes", byLabel(completions.at(main, text.indexOf("$") + 1)).get("tr_gdt").detail());
	}

	@Test
	void nothingInCommentsOrStrings() {
		assertEquals(List.of(), complete("\tmovl %eax, %ebx # mo|\n"));
		assertEquals(List.of(), complete("/* a comment\n   over lines, mo| */\n"));
		assertEquals(List.of(), complete("\t.ascii \"mo|\"\n"));
		assertEquals(List.of(), complete("#include \"tr|\"\n"));
		assertProposes(complete("/* done */ mov|"), List.of("movl"), List.of());
		assertProposes(complete("\t.ascii \"#;\"; mov|"), List.of("movl"), List.of());
	}

	@Test
	void mnemonicsAfterAPrefixAndLabels() {
		assertProposes(complete("\tlock |\n"), List.of("addl", "btsl"), List.of("lock", "rep"));
		assertProposes(complete("\tlock cmpx|\n"), List.of("cmpxchgl", "cmpxchg8b"), List.of());
		assertProposes(complete("entry: 1: lo|\n"), List.of("lock", "lods", "lodsb"), List.of());
		assertEquals(Kind.PREFIX, byLabel(complete("\tlo|")).get("lock").kind());
	}

	@Test
	void macrosAtAStatementStart() {
		String source = ".macro SAVE_REGS\n.endm\n.macro SAVE_ONE reg\n.endm\n\tSA|\n";
		Map<String, Completion> proposals = byLabel(complete("save.s", source));
		assertEquals(Kind.MACRO, proposals.get("SAVE_REGS").kind());
		assertEquals("macro reg", proposals.get("SAVE_ONE").detail());
		assertProposes(complete("save.s", source), List.of("sal", "sarl"), List.of());
	}

	@Test
	void linkageMacrosOnlyInCppFiles() {
		assertProposes(complete("boot.S", "SYM_CODE_S|\n"), List.of("SYM_CODE_START", "SYM_CODE_START_LOCAL"), List.of("SYM_CODE_END"));
		assertProposes(complete("boot.s", "SYM_CODE_S|\n"), List.of(), List.of("SYM_CODE_START"));
	}

	@Test
	void nearestNumericLabels() {
		List<Completion> proposals = complete("1:\tnop\n2:\tnop\n\tjmp |\n2:\tnop\n");
		assertProposes(proposals, List.of("1b", "2b", "2f"), List.of("1f"));
		assertEquals("local label, line 4", byLabel(proposals).get("2f").detail());
	}

	@Test
	void exactCaseFirstThenAlphabetical() {
		List<String> labels = complete("Tr_b:\ntr_c:\ntr_a:\n\tjmp tr|\n").stream().map(Completion::label).toList();
		assertEquals(List.of("tr_a", "tr_c", "Tr_b"), labels);
	}

	@Test
	void brokenLinesStillGetProposalsAndNothingThrows() {
		assertProposes(complete("\tmovl $, ((( %e|\n\t)))) ,,\n"), List.of("%eax"), List.of());
		String messy = """
				.macro M a b=
					.irp x
						\\x \\a: 'c \\
				#ifdef "open
				/* unterminated
				SYM_DATA(tr, .long 1
					lock rep movl %, (,, $ *%r
				1: jmp 1b ; .if ; \\@ ; 'x'
				""";
		for (String name : List.of("messy.S", "messy.s")) {
			for (int caret = 0; caret <= messy.length(); caret++) {
				String withCaret = messy.substring(0, caret) + CARET + messy.substring(caret);
				assertDoesNotThrow(() -> complete(name, withCaret), () -> "at " + withCaret);
			}
		}
	}

	@Test
	void theExampleProject() throws IOException {
		Path example = Path.of("../../examples/trampoline/trampoline_64.S").toAbsolutePath().normalize();
		String text = Files.readString(example);
		XtextResource resource = (XtextResource) injector.getInstance(SourceLoader.class).load(injector.getInstance(XtextResourceSet.class), example);
		assertProposes(completions.at(resource, text.indexOf("%ax, %ds") + 1), List.of("%ax", "%eax"), List.of("%rax", "%r8"));
		Map<String, Completion> constants = byLabel(completions.at(resource, text.indexOf("X86_CR0_PE, %eax") + "X86_CR0_".length()));
		assertEquals("cpp macro", constants.get("X86_CR0_PG").detail(), "a #define of the included boot.h");
		Map<String, Completion> data = byLabel(completions.at(resource, text.indexOf("tr_cr4, %eax") + "tr_".length()));
		assertEquals("data, 4 bytes", data.get("tr_cr4").detail());
		assertEquals("data, 8 bytes", data.get("tr_efer").detail());
		for (int caret = 0; caret <= text.length(); caret++) {
			int at = caret;
			assertDoesNotThrow(() -> completions.at(resource, at), () -> "at offset " + at);
		}
	}
}
