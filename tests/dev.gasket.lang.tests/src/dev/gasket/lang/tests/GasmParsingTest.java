package dev.gasket.lang.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;

import dev.gasket.lang.gasm.BinaryExpression;
import dev.gasket.lang.gasm.CharacterLiteral;
import dev.gasket.lang.gasm.CppDefine;
import dev.gasket.lang.gasm.CppDirective;
import dev.gasket.lang.gasm.DecoratedOperand;
import dev.gasket.lang.gasm.Directive;
import dev.gasket.lang.gasm.ExpressionOperand;
import dev.gasket.lang.gasm.ImmediateOperand;
import dev.gasket.lang.gasm.IndirectOperand;
import dev.gasket.lang.gasm.Instruction;
import dev.gasket.lang.gasm.IntelSyntaxLine;
import dev.gasket.lang.gasm.Iteration;
import dev.gasket.lang.gasm.KeywordArgument;
import dev.gasket.lang.gasm.Line;
import dev.gasket.lang.gasm.LocalLabelReference;
import dev.gasket.lang.gasm.MacroCall;
import dev.gasket.lang.gasm.MacroDefinition;
import dev.gasket.lang.gasm.MacroExpansion;
import dev.gasket.lang.gasm.MacroParameterReference;
import dev.gasket.lang.gasm.MemoryOperand;
import dev.gasket.lang.gasm.NumberLiteral;
import dev.gasket.lang.gasm.OperandArgument;
import dev.gasket.lang.gasm.Prefix;
import dev.gasket.lang.gasm.Program;
import dev.gasket.lang.gasm.RegisterOperand;
import dev.gasket.lang.gasm.RoundingOperand;
import dev.gasket.lang.gasm.SegmentOffsetOperand;
import dev.gasket.lang.gasm.Statement;
import dev.gasket.lang.gasm.SymbolDefinition;
import dev.gasket.lang.gasm.SymbolReference;
import dev.gasket.lang.gasm.TypeArgument;
import dev.gasket.lang.symbols.ReferenceText;
import dev.gasket.lang.validation.GasmIssueCodes;

class GasmParsingTest {
	private final LanguageFixture fixture = new LanguageFixture();

	private Program parse(String text) {
		return fixture.parse(text);
	}

	private static Statement statement(Program program, int line) {
		return program.getLines().get(line).getStatement();
	}

	private static String symbol(Object expression) {
		return ReferenceText.symbolName(assertInstanceOf(SymbolReference.class, expression));
	}

	@Test
	void parsesLongModeEntryWithLabelsPrefixesAndMemoryForms() {
		Program program = parse("""
				# the 64-bit entry, lock taken RIP-relative
				\t.code64
				trampoline_start64:
				\tlidt\ttr_idt(%rip)
				1:\tlock btsl $0, tr_lock(%rip)
				\tjnc\t2f
				\tpause
				\tjmp\t1b
				2:\tmovq\t%fs:0x10, %rax
				\tljmpl\t*tr_compat(%rip) /* to compatibility mode */
				\trep; movsb
				.Ldone: ret
				""");
		List<Line> lines = program.getLines();
		assertEquals(12, lines.size(), "the comment line is no statement; `rep; movsb` is two");
		assertEquals(".code64", ((Directive) lines.get(0).getStatement()).getDirective());
		assertEquals("trampoline_start64", lines.get(1).getLabels().get(0).getName());

		Instruction lockedBts = (Instruction) lines.get(3).getStatement();
		assertEquals("1", lines.get(3).getLabels().get(0).getName());
		assertEquals(List.of(Prefix.LOCK), lockedBts.getPrefixes());
		assertEquals("btsl", lockedBts.getMnemonic());
		assertEquals("0", ((NumberLiteral) ((ImmediateOperand) lockedBts.getOperands().get(0)).getValue()).getValue());
		MemoryOperand lock = (MemoryOperand) lockedBts.getOperands().get(1);
		assertEquals("%rip", lock.getBase());
		assertEquals("tr_lock", symbol(lock.getDisplacement()));

		Instruction backJump = (Instruction) lines.get(6).getStatement();
		assertInstanceOf(LocalLabelReference.class, ((ExpressionOperand) backJump.getOperands().get(0)).getValue());

		SegmentOffsetOperand fsSlot = (SegmentOffsetOperand) ((Instruction) lines.get(7).getStatement()).getOperands().get(0);
		assertEquals("%fs", fsSlot.getSegment());
		assertEquals("0x10", ((NumberLiteral) fsSlot.getOffset()).getValue());

		IndirectOperand farTarget = (IndirectOperand) ((Instruction) lines.get(8).getStatement()).getOperands().get(0);
		assertEquals("tr_compat", symbol(((MemoryOperand) farTarget.getTarget()).getDisplacement()));

		assertEquals(List.of(Prefix.REP), ((Instruction) lines.get(9).getStatement()).getPrefixes());
		assertEquals("movsb", ((Instruction) lines.get(10).getStatement()).getMnemonic());
		assertEquals(".Ldone", lines.get(11).getLabels().get(0).getName());
	}

	@Test
	void readsCppLinesOnlyAtTheStartOfALineWithContinuations() {
		Program program = parse("""
				#include <asm/segment.h>
				  #  define LOAD(reg, value) \\
				\tmovl value, reg
				#ifdef CONFIG_X86_64
				#elif defined(CONFIG_X86_32) && 1
				#else
				#endif
				#undef LOAD
				#error "unsupported"
				\tmovl %eax, %ebx # if this were cpp, it would not parse
				# a comment that merely starts with a hash
				\tnop
				""");
		CppDirective include = assertInstanceOf(CppDirective.class, statement(program, 0));
		assertEquals("#include", include.getKeyword());
		assertEquals("<asm/segment.h>", include.getText());
		CppDefine define = assertInstanceOf(CppDefine.class, statement(program, 1));
		assertEquals("LOAD", define.getName());
		assertTrue(define.getBody().startsWith("(reg, value) \\"), define.getBody());
		assertTrue(define.getBody().endsWith("movl value, reg"), "the continuation line belongs to the define");
		List<String> keywords = program.getLines().subList(2, 7).stream()
				.map(line -> ((CppDirective) line.getStatement()).getKeyword()).toList();
		assertEquals(List.of("#ifdef", "#elif", "#else", "#endif", "#undef"), keywords);
		assertEquals("movl", ((Instruction) statement(program, 8)).getMnemonic());
		assertEquals(2, ((Instruction) statement(program, 8)).getOperands().size(), "the trailing # text is a comment");
		assertEquals("nop", ((Instruction) statement(program, 9)).getMnemonic(), "`# a comment` is no cpp line");
	}

	@Test
	void parsesMacroDefinitionsWithParametersCounterAndPastedNames() {
		Program program = parse("""
				.macro LOCK_AND_LOAD_REALMODE_ESP lock_pa=0 lock_rip=0, rest:vararg
				.Llock_rm\\@:
				\t.if \\lock_rip
				\tlock btsl $0, tr_lock(%rip)
				\t.elseif \\lock_pa
				\tlock btsl $0, pa_tr_lock
				\t.else
				\tlock btsl $0, tr_lock
				\t.endif
				\tjc\t.Llock_rm\\@
				\tmovl\t\\rest, %eax
				\\name\\()_end:
				.endm
				.irp reg, %rax, %rbx
				\tpushq \\reg
				.endr
				""");
		MacroDefinition macro = assertInstanceOf(MacroDefinition.class, statement(program, 0));
		assertEquals("LOCK_AND_LOAD_REALMODE_ESP", macro.getName());
		assertEquals(List.of("lock_pa", "lock_rip", "rest"), macro.getParameters().stream().map(p -> p.getName()).toList());
		assertEquals("vararg", macro.getParameters().get(2).getQualifier());
		assertEquals(".Llock_rm\\@", program.getLines().get(1).getLabels().get(0).getName());
		assertEquals("\\name\\()_end", program.getLines().get(11).getLabels().get(0).getName());
		assertEquals(4, EcoreUtil2.eAllOfType(program, MacroParameterReference.class).size(), "\\lock_rip, \\lock_pa, \\rest, \\reg");
		Iteration iteration = assertInstanceOf(Iteration.class, statement(program, 13));
		assertEquals("reg", iteration.getParameter().getName());
		assertEquals(2, iteration.getValues().size());
	}

	@Test
	void parsesPrefixesSegmentOverridesFarAndX87AndAvx512Operands() {
		Program program = parse("""
				\tlock
				\tincl (%rdi)
				\tcs jmp *%rax
				\tnotrack jmp *(%rax)
				\tljmpl $__KERNEL32_CS, $1f
				1:\tfadd %st(1), %st
				\tvaddps (%rax){1to16}, %zmm1, %zmm2{%k1}{z}
				\tvaddps {rn-sae}, %zmm1, %zmm2, %zmm3
				\tmovw %ax, %es:(%di)
				\tmovl $(X86_CR0_PE | X86_CR0_PG), %eax
				\tcall memcpy@PLT
				\tmovq %rsp, PER_CPU_VAR(cpu_tss_rw + 8)
				""");
		assertEquals(List.of(Prefix.LOCK), ((Instruction) statement(program, 0)).getPrefixes());
		assertNull(((Instruction) statement(program, 0)).getMnemonic(), "a prefix alone on its line");
		assertEquals(List.of(Prefix.CS), ((Instruction) statement(program, 2)).getPrefixes());
		assertEquals(List.of(Prefix.NOTRACK), ((Instruction) statement(program, 3)).getPrefixes());
		Instruction farJump = (Instruction) statement(program, 4);
		assertEquals(2, farJump.getOperands().size());
		assertInstanceOf(LocalLabelReference.class, ((ImmediateOperand) farJump.getOperands().get(1)).getValue());
		RegisterOperand stackRegister = (RegisterOperand) ((Instruction) statement(program, 5)).getOperands().get(0);
		assertEquals("%st", stackRegister.getRegister());
		assertEquals("1", stackRegister.getStackIndex());
		Instruction broadcast = (Instruction) statement(program, 6);
		assertEquals("1to16", ((DecoratedOperand) broadcast.getOperands().get(0)).getDecorations().get(0).getFlag());
		DecoratedOperand masked = (DecoratedOperand) broadcast.getOperands().get(2);
		assertEquals("%k1", masked.getDecorations().get(0).getRegister());
		assertEquals("z", masked.getDecorations().get(1).getFlag());
		assertEquals("rn-sae", ((RoundingOperand) ((Instruction) statement(program, 7)).getOperands().get(0)).getDecoration().getFlag());
		assertEquals("%es", ((MemoryOperand) ((Instruction) statement(program, 8)).getOperands().get(1)).getSegment());
		assertEquals("PLT", ((SymbolReference) ((ExpressionOperand) ((Instruction) statement(program, 10)).getOperands().get(0)).getValue()).getRelocation());
		assertInstanceOf(MacroExpansion.class, ((ExpressionOperand) ((Instruction) statement(program, 11)).getOperands().get(1)).getValue());
	}

	@Test
	void readsEveryPrefixAloneAndBeforeAnInstruction() {
		List<String> prefixes = List.of("lock", "rep", "repe", "repz", "repne", "repnz", "data16", "data32", "addr16", "addr32",
				"rex64", "rex", "notrack", "bnd", "xacquire", "xrelease", "cs", "ds", "es", "fs", "gs", "ss");
		StringBuilder source = new StringBuilder();
		for (String prefix : prefixes) {
			source.append('\t').append(prefix).append("\n\t").append(prefix).append(" movsb\n");
		}
		Program program = parse(source.toString());
		for (int i = 0; i < prefixes.size(); i++) {
			Instruction alone = (Instruction) statement(program, 2 * i);
			Instruction prefixed = (Instruction) statement(program, 2 * i + 1);
			assertEquals(prefixes.get(i), alone.getPrefixes().get(0).getLiteral());
			assertNull(alone.getMnemonic());
			assertEquals(prefixes.get(i), prefixed.getPrefixes().get(0).getLiteral());
			assertEquals("movsb", prefixed.getMnemonic());
		}
	}

	@Test
	void parsesLiteralsInAllGasForms() {
		Program program = parse("""
				.byte 'a', 'b, '\\n', 0x1F, 0b101, 017, 42
				.float 1.5, 0f-2.5e3
				.double 0d3.25
				.long tr_gdt_end - tr_gdt - 1, . - trampoline_header
				.long 1 << 4 >> 2 ^ ~0 & 3 % 2, !1, 1 == 1 != 0 <= 2 >= 1 < 3 > 0 && 1 || 0
				""");
		Directive bytes = (Directive) statement(program, 0);
		assertEquals(7, bytes.getArguments().size());
		assertEquals("'a'", ((CharacterLiteral) ((ExpressionOperand) bytes.getArguments().get(0)).getValue()).getValue());
		assertEquals("'b", ((CharacterLiteral) ((ExpressionOperand) bytes.getArguments().get(1)).getValue()).getValue());
		assertEquals("0f-2.5e3", ((NumberLiteral) ((ExpressionOperand) ((Directive) statement(program, 1)).getArguments().get(1)).getValue()).getValue());
		BinaryExpression difference = (BinaryExpression) ((ExpressionOperand) ((Directive) statement(program, 3)).getArguments().get(0)).getValue();
		assertEquals("-", difference.getOperator());
	}

	@Test
	void bitwiseOperatorsBindTighterThanAdditionAsInGas() {
		Program program = parse(".long 1 + 2 | 4 * 8\n");
		ExpressionOperand operand = (ExpressionOperand) ((Directive) statement(program, 0)).getArguments().get(0);
		BinaryExpression sum = assertInstanceOf(BinaryExpression.class, operand.getValue());
		assertEquals("+", sum.getOperator());
		BinaryExpression or = assertInstanceOf(BinaryExpression.class, sum.getRight());
		assertEquals("|", or.getOperator());
		assertEquals("*", assertInstanceOf(BinaryExpression.class, or.getRight()).getOperator());
	}

	@Test
	void parsesEveryDirectiveFamily() {
		Program program = parse("""
				.text
				.data
				.bss
				.section .text16,"ax",@progbits
				.section .note.GNU-stack,"",@progbits
				.pushsection .altinstructions, "a"
				.popsection
				.previous
				.subsection 1
				.globl tr_start
				.global trampoline_start
				.local helper
				.weak weak_sym
				.hidden hidden_sym
				.type trampoline_start, @function
				.size trampoline_start, .-trampoline_start
				.set X86_CR4_PAE, 1 << 5
				.equ SIZE, 4
				.equiv ONCE, 1
				LIMIT = 0xffff
				.comm buffer, 64, 8
				.lcomm scratch, 16
				.align 16
				.balign 4, 0x90
				.p2align 4,,10
				.org 0x100
				.code16
				.code32
				.code64
				.code16gcc
				.arch generic64
				.byte 1
				.short 2
				.word 3
				.int 4
				.quad 5
				.octa 6
				.ascii "a" "b"
				.asciz "c"
				.string "d"
				.fill 4, 1, 0x90
				.space 4
				.skip 2, 0
				.zero 8
				.rept 3
				nop
				.endr
				.irpc digit, 0123
				.endr
				.exitm
				.purgem old_macro
				.ifdef CONFIG_X
				.ifndef CONFIG_Y
				.ifb \\arg
				.ifnb \\arg
				.ifc \\a,\\b
				.ifeqs "a","b"
				.endif
				.endif
				.endif
				.endif
				.endif
				.endif
				.include "defs.s"
				.incbin "blob.bin", 0, 16
				.cfi_startproc
				.cfi_def_cfa_offset 16
				.cfi_offset %rbp, -16
				.cfi_endproc
				.file 1 "trampoline.S"
				.loc 1 42 0
				.ident "gasket"
				.nops 4
				.err
				.error "stop"
				.warning "careful"
				.print "hello"
				.my_unknown_directive a, b
				""");
		assertInstanceOf(SymbolDefinition.class, statement(program, 16));
		assertEquals(2, ((Directive) statement(program, 37)).getArguments().size(), "`.ascii \"a\" \"b\"` has two strings");
		assertEquals(3, ((Directive) statement(program, 70)).getArguments().size(), "`.loc 1 42 0` takes blank-separated numbers");
		assertEquals("progbits", ((TypeArgument) ((Directive) statement(program, 3)).getArguments().get(2)).getName());
	}

	@Test
	void readsMacroInvocationsOfBothKinds() {
		Program program = parse("""
				SYM_CODE_START(startup_64)
				\tincl (%eax)
				SYM_DATA(tr_cr4, .space 4)
				\t_ASM_EXTABLE(1b, 2b)
				\tALTERNATIVE "", "lfence", X86_FEATURE_LFENCE
				\tLOCK_AND_LOAD_REALMODE_ESP lock_rip=1
				\tPUSH_AND_CLEAR_REGS rdx=%rdx rcx=%rcx
				""");
		MacroCall codeStart = (MacroCall) statement(program, 0);
		assertEquals("SYM_CODE_START", codeStart.getMacro());
		assertEquals("startup_64", symbol(((ExpressionOperand) ((OperandArgument) codeStart.getArguments().get(0)).getOperand()).getValue()));
		assertEquals("%eax", ((MemoryOperand) ((Instruction) statement(program, 1)).getOperands().get(0)).getBase(),
				"`incl (%eax)` stays an instruction: a blank separates the name from the parenthesis");
		Directive storage = (Directive) ((MacroCall) statement(program, 2)).getArguments().get(1);
		assertEquals(".space", storage.getDirective());
		assertEquals(2, ((MacroCall) statement(program, 3)).getArguments().size());
		assertEquals(3, ((Instruction) statement(program, 4)).getOperands().size());
		KeywordArgument keyword = (KeywordArgument) ((Instruction) statement(program, 5)).getOperands().get(0);
		assertEquals("lock_rip", keyword.getName());
		assertEquals(2, ((Instruction) statement(program, 6)).getOperands().size(), "keyword arguments may be blank-separated");
	}

	@Test
	void keepsIntelSyntaxRegionsAsOpaqueLines() {
		Program program = parse("""
				.intel_syntax noprefix
				\tmov eax, DWORD PTR [ebx+4*ecx]
				\tlea rdi, [rip + buffer]
				.att_syntax prefix
				\tmovl 4(%ebx,%ecx,4), %eax
				""");
		assertInstanceOf(IntelSyntaxLine.class, statement(program, 1));
		assertInstanceOf(IntelSyntaxLine.class, statement(program, 2));
		assertEquals(".att_syntax", ((Directive) statement(program, 3)).getDirective());
		assertEquals("movl", ((Instruction) statement(program, 4)).getMnemonic());
	}

	@Test
	void acceptsSeveralLabelsAndStatementsPerLine() {
		Program program = parse("start: .Lalso: 1: nop; nop ; ret\n");
		assertEquals(3, program.getLines().size());
		assertEquals(List.of("start", ".Lalso", "1"), program.getLines().get(0).getLabels().stream().map(label -> label.getName()).toList());
	}

	@Test
	void reportsOneSyntaxErrorOnTheOffendingLineAndParsesTheRest() {
		Resource resource = fixture.load("bad.s", "nop\nmovl %eax,, %ebx\nnop\nhlt\n");
		assertEquals(1, resource.getErrors().size(), () -> resource.getErrors().toString());
		assertEquals(2, resource.getErrors().get(0).getLine());
		Program program = (Program) resource.getContents().get(0);
		assertEquals("hlt", ((Instruction) program.getLines().get(program.getLines().size() - 1).getStatement()).getMnemonic());
	}

	@Test
	void eachBadLineCostsOneSyntaxErrorOnItsOwnLine() {
		String source = """
					nop
					movl %eax,, %ebx
					nop
				) stray parenthesis
					nop
					movl $, %eax
					nop
				, leading comma
					nop
					.long 1 +
					nop
				%eax alone
					nop
				1: 2: : nop
					nop
					movl (%eax, %ebx
					nop
					movl %eax, %ebx extra words
					nop
					hlt
				""";
		List<Issue> issues = fixture.validate("bad.S", source);
		List<Issue> syntax = issues.stream()
				.filter(issue -> GasmIssueCodes.isSyntax(issue.getCode())).toList();
		assertEquals(syntax, issues, "a line that cannot be read gets no further diagnostics");
		assertEquals(List.of(2, 4, 6, 8, 10, 12, 14, 16, 18), syntax.stream().map(Issue::getLineNumber).sorted().toList(), () -> LanguageFixture.describe(issues));
		Resource resource = fixture.load("bad-again.S", source);
		Program program = (Program) resource.getContents().get(0);
		assertEquals("hlt", ((Instruction) program.getLines().get(program.getLines().size() - 1).getStatement()).getMnemonic(),
				"the lines after the bad ones still parse");
	}

	@Test
	void parsesTheTrampolineExampleWithoutErrors() throws IOException {
		Path example = Path.of("../../examples/trampoline/trampoline_64.S");
		Resource resource = fixture.load("trampoline_64.S", Files.readString(example));
		assertEquals(List.of(), resource.getErrors());
	}
}
