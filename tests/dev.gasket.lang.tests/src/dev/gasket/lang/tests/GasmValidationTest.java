package dev.gasket.lang.tests;

import static dev.gasket.lang.tests.LanguageFixture.describe;
import static dev.gasket.lang.tests.LanguageFixture.withCode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.gasket.lang.validation.GasmIssueCodes;

/**
 * Every check with a case that must report and a similar one that must not.
 */
class GasmValidationTest {
	private final LanguageFixture fixture = new LanguageFixture();

	@TempDir
	Path folder;

	private List<Issue> validate(String text) {
		return fixture.validate("test.S", text);
	}

	/** Exactly one issue with {@code code}, on {@code line}, with {@code severity}. */
	private static Issue assertOne(List<Issue> issues, String code, int line, Severity severity) {
		List<Issue> matching = withCode(issues, code);
		assertEquals(1, matching.size(), () -> "expected one [" + code + "] in\n" + describe(issues));
		assertEquals(line, matching.get(0).getLineNumber(), () -> describe(matching));
		assertEquals(severity, matching.get(0).getSeverity(), () -> describe(matching));
		return matching.get(0);
	}

	private static void assertNone(List<Issue> issues, String code) {
		assertEquals(List.of(), withCode(issues, code), () -> describe(issues));
	}

	@Test
	void unknownMnemonic() {
		Issue typo = assertOne(validate("\tmovl %eax, %ebx\n\tmvol %eax, %ebx\n"), GasmIssueCodes.UNKNOWN_MNEMONIC, 2, Severity.ERROR);
		assertTrue(typo.getMessage().endsWith("(did you mean `movl`?)"), typo.getMessage());
		Issue nonsense = assertOne(validate("\tfrobnicate %eax\n"), GasmIssueCodes.UNKNOWN_MNEMONIC, 1, Severity.ERROR);
		assertTrue(!nonsense.getMessage().contains("did you mean"), "no guess when nothing is close: " + nonsense.getMessage());
		List<Issue> macroUse = validate(".macro clear reg\n\txorl \\reg, \\reg\n.endm\n\tclear %eax\n\tMOVL %eax, %ebx\n");
		assertNone(macroUse, GasmIssueCodes.UNKNOWN_MNEMONIC);
		assertNone(macroUse, GasmIssueCodes.UNDEFINED_MACRO);
	}

	@Test
	void operandCount() {
		assertOne(validate("\tlgdt gdt_desc, 4\n"), GasmIssueCodes.OPERAND_COUNT, 1, Severity.ERROR);
		assertNone(validate("gdt_desc: .word 0\n\t.long 0\n\t.code32\n\tlgdt gdt_desc\n"), GasmIssueCodes.OPERAND_COUNT);
	}

	@Test
	void operandKinds() {
		assertOne(validate("\tnop\n\tlgdt %eax\n"), GasmIssueCodes.OPERAND_KINDS, 2, Severity.ERROR);
		assertOne(validate("a: .long 0\nb: .long 0\n\tmovl a(%rip), b(%rip)\n"), GasmIssueCodes.OPERAND_KINDS, 3, Severity.ERROR);
		assertNone(validate("a: .long 0\n\tmovl a(%rip), %eax\n\tmovl %eax, a(%rip)\n"), GasmIssueCodes.OPERAND_KINDS);
	}

	@Test
	void suffixVersusRegisterWidth() {
		assertOne(validate("\tmovl %rax, %rbx\n"), GasmIssueCodes.SUFFIX_VS_REGISTER, 1, Severity.ERROR);
		assertNone(validate("\tmovq %rax, %rbx\n\tshll %cl, %eax\n\tmovzbl %al, %eax\n\toutb %al, %dx\n"), GasmIssueCodes.SUFFIX_VS_REGISTER);
	}

	@Test
	void accessLargerThanTheSymbolWarnsAsInTheTrampolineReview() {
		String header = """
				SYM_DATA_START(trampoline_header)
				\tSYM_DATA(tr_start, .space 8)
				\tSYM_DATA(tr_cr4, .space 4)
				\tSYM_DATA(tr_flags, .space 4)
				SYM_DATA_END(trampoline_header)
				code_without_size:
				\tnop
				\t.code64
				""";
		Issue widened = assertOne(validate(header + "\txorq tr_cr4(%rip), %rax\n"), GasmIssueCodes.OPERAND_SIZE_VS_SYMBOL, 9, Severity.WARNING);
		assertTrue(widened.getMessage().contains("8 bytes at `tr_cr4`, which is 4 bytes"), widened.getMessage());
		assertTrue(widened.getMessage().contains("SYM_DATA(tr_cr4, .space 4)"), "names the definition: " + widened.getMessage());
		assertNone(validate(header + """
				\txorl tr_cr4(%rip), %eax
				\ttestl tr_cr4(%rip), %eax
				\tmovq trampoline_header+8(%rip), %rax
				\tmovq trampoline_header(%rip), %rax
				\tmovq code_without_size(%rip), %rax
				\tmovq tr_start(%rip), %rax
				"""), GasmIssueCodes.OPERAND_SIZE_VS_SYMBOL);
	}

	@Test
	void descriptorTableAndFarPointerSizesDependOnModeAndSuffix() {
		String data = "gdt_desc: .word 0\n\t.long 0\ntr_compat: .long 0\ntr_far: .long 0\n\t.word 0x10\n";
		assertOne(validate(data + "\t.code64\n\tlgdt gdt_desc\n"), GasmIssueCodes.OPERAND_SIZE_VS_SYMBOL, 7, Severity.WARNING);
		assertNone(validate(data + "\t.code32\n\tlgdt gdt_desc\n"), GasmIssueCodes.OPERAND_SIZE_VS_SYMBOL);
		assertOne(validate(data + "\t.code64\n\tljmpl *tr_compat(%rip)\n"), GasmIssueCodes.OPERAND_SIZE_VS_SYMBOL, 7, Severity.WARNING);
		assertNone(validate(data + "\t.code64\n\tljmpl *tr_far(%rip)\n"), GasmIssueCodes.OPERAND_SIZE_VS_SYMBOL);
	}

	@Test
	void duplicateDefinitionsExceptInExclusiveBranchesAndNumericLabels() {
		assertOne(validate("entry: nop\n\tnop\nentry: ret\n"), GasmIssueCodes.DUPLICATE_SYMBOL, 3, Severity.ERROR);
		assertOne(validate("SYM_DATA(tr_cr4, .space 4)\ntr_cr4: .long 0\n"), GasmIssueCodes.DUPLICATE_SYMBOL, 2, Severity.ERROR);
		assertNone(validate("""
				#ifdef CONFIG_X86_64
				entry: nop
				#else
				entry: ret
				#endif
				.if 1
				other: nop
				.elseif 2
				other: nop
				.else
				other: nop
				.endif
				1: nop
				1: nop
				.set step, 1
				.set step, 2
				"""), GasmIssueCodes.DUPLICATE_SYMBOL);
	}

	@Test
	void undefinedMacro() {
		assertOne(validate("1:\tnop\n2:\tnop\n\t_ASM_EXTABLE(1b, 2b)\n"), GasmIssueCodes.UNDEFINED_MACRO, 3, Severity.WARNING);
		assertOne(validate("\tANNOTATE_NOENDBR\n"), GasmIssueCodes.UNDEFINED_MACRO, 1, Severity.WARNING);
		assertNone(validate("""
				#define _ASM_EXTABLE(from, to) .long from, to
				#define ANNOTATE_NOENDBR
				1:\tnop
				2:\tnop
				\t_ASM_EXTABLE(1b, 2b)
				\tANNOTATE_NOENDBR
				SYM_FUNC_START(f)
				SYM_FUNC_END(f)
				"""), GasmIssueCodes.UNDEFINED_MACRO);
	}

	@Test
	void unbalancedBlocks() {
		assertOne(validate("\tnop\n.endm\n"), GasmIssueCodes.UNBALANCED_BLOCK, 2, Severity.ERROR);
		assertOne(validate(".macro open\n\tnop\n"), GasmIssueCodes.UNBALANCED_BLOCK, 1, Severity.ERROR);
		assertOne(validate(".rept 2\n\tnop\n.endif\n.endr\n"), GasmIssueCodes.UNBALANCED_BLOCK, 3, Severity.ERROR);
		assertOne(validate(".macro m\n.if 1\n.endm\n"), GasmIssueCodes.UNBALANCED_BLOCK, 2, Severity.ERROR);
		assertOne(validate("#endif\n"), GasmIssueCodes.UNBALANCED_BLOCK, 1, Severity.ERROR);
		assertOne(validate(".else\n"), GasmIssueCodes.UNBALANCED_BLOCK, 1, Severity.ERROR);
		assertNone(validate("""
				.macro m
				.rept 2
				.if 1
				#ifdef X
				nop
				#endif
				.else
				nop
				.endif
				.endr
				.endm
				"""), GasmIssueCodes.UNBALANCED_BLOCK);
		assertNone(fixture.validate("plain.s", "#endif is only a comment here\n"), GasmIssueCodes.UNBALANCED_BLOCK);
	}

	@Test
	void modeSpecificInstructionsAndRegisters() {
		assertOne(validate("\t.code64\n\tpusha\n"), GasmIssueCodes.INVALID_IN_MODE, 2, Severity.ERROR);
		assertNone(validate("\t.code32\n\tpusha\n"), GasmIssueCodes.INVALID_IN_MODE);
		assertOne(validate("\t.code32\n\tmovq %rax, %rbx\n"), GasmIssueCodes.REGISTER_NOT_IN_MODE, 2, Severity.ERROR);
		assertNone(validate("\t.code64\n\tmovq %rax, %rbx\n"), GasmIssueCodes.REGISTER_NOT_IN_MODE);
		assertNone(validate(".macro save\n\tpusha\n.endm\n\t.code64\n"), GasmIssueCodes.INVALID_IN_MODE);
	}

	@Test
	void unknownDirective() {
		assertOne(validate("\t.bogus 1\n"), GasmIssueCodes.UNKNOWN_DIRECTIVE, 1, Severity.WARNING);
		assertNone(validate("\t.cfi_startproc\n\t.p2align 4\n\t.cfi_endproc\n"), GasmIssueCodes.UNKNOWN_DIRECTIVE);
	}

	@Test
	void unresolvedSymbolsAreInformationUnlessConfiguredAndKnownExternalsAreSilent() {
		assertOne(validate("\tmovl $X86_CR4_LA57, %eax\n"), GasmIssueCodes.UNRESOLVED_SYMBOL, 1, Severity.INFO);
		assertNone(validate("\tmovl $pa_tr_lock, %eax\n\t.globl elsewhere\n"), GasmIssueCodes.UNRESOLVED_SYMBOL);

		LanguageFixture.write(folder.resolve(".settings/dev.gasket.lang.prefs"), "unresolved-symbol=error\nexternalSymbols=X86_CR0_*\n");
		List<Issue> configured = fixture.validate(fixture.file(folder.resolve("strict.S"), "\tmovl $X86_CR4_LA57, %eax\n\tmovl $X86_CR0_PG, %eax\n"));
		assertOne(configured, GasmIssueCodes.UNRESOLVED_SYMBOL, 1, Severity.ERROR);
	}

	@Test
	void symbolDefinitionsWhoseNameDidNotParseCostOnlyTheSyntaxError() {
		for (String source : List.of("\t.set\t;x, 0\n\tmovl x, %eax\n", "\t.equ\t, 0\n\tmovl x, %eax\n", "\t.comm\t;buf, 4\n\tmovl buf, %eax\n")) {
			List<Issue> issues = validate(source);
			assertTrue(issues.stream().anyMatch(issue -> GasmIssueCodes.isSyntax(issue.getCode())), () -> source + describe(issues));
		}
	}

	@Test
	void unresolvedNumericLabelsAndMacroParameters() {
		assertOne(validate("\tjmp 1b\n1:\tnop\n"), GasmIssueCodes.UNRESOLVED_LOCAL_LABEL, 1, Severity.ERROR);
		assertNone(validate("1:\tnop\n\tjmp 1b\n"), GasmIssueCodes.UNRESOLVED_LOCAL_LABEL);
		assertOne(validate("\tmovl \\reg, %eax\n"), GasmIssueCodes.UNRESOLVED_MACRO_PARAMETER, 1, Severity.ERROR);
		assertOne(validate(".macro m reg\n\tmovl \\rge, %eax\n.endm\n"), GasmIssueCodes.UNRESOLVED_MACRO_PARAMETER, 2, Severity.ERROR);
	}

	@Test
	void theTrampolineExampleLintsClean() {
		Path example = Path.of("../../examples/trampoline/trampoline_64.S").toAbsolutePath().normalize();
		List<Issue> issues = fixture.validate(fixture.existing(example));
		// What `gasket lint` reports by default: errors and warnings.
		assertEquals(List.of(), issues.stream().filter(issue -> issue.getSeverity() != Severity.INFO).toList(), () -> describe(issues));
	}
}
