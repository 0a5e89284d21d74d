package dev.gasket.lang.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.google.inject.Injector;

import dev.gasket.lang.GasmStandaloneSetup;
import dev.gasket.lang.gasm.BinaryExpression;
import dev.gasket.lang.gasm.Directive;
import dev.gasket.lang.gasm.ExpressionArgument;
import dev.gasket.lang.gasm.ExpressionOperand;
import dev.gasket.lang.gasm.ImmediateOperand;
import dev.gasket.lang.gasm.IndirectOperand;
import dev.gasket.lang.gasm.Instruction;
import dev.gasket.lang.gasm.Line;
import dev.gasket.lang.gasm.LocalLabelReference;
import dev.gasket.lang.gasm.MacroCall;
import dev.gasket.lang.gasm.MemoryOperand;
import dev.gasket.lang.gasm.NumberLiteral;
import dev.gasket.lang.gasm.Prefix;
import dev.gasket.lang.gasm.Program;
import dev.gasket.lang.gasm.SegmentOffsetOperand;
import dev.gasket.lang.gasm.SymbolReference;
import dev.gasket.lang.gasm.TypeArgument;

class GasmParsingTest {
	private static Injector injector;

	@BeforeAll
	static void setUpLanguage() {
		injector = new GasmStandaloneSetup().createInjectorAndDoEMFRegistration();
	}

	private static Resource load(String name, String text) throws IOException {
		XtextResourceSet resourceSet = injector.getInstance(XtextResourceSet.class);
		Resource resource = resourceSet.createResource(URI.createURI("memory:/" + name));
		resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), null);
		return resource;
	}

	private static Program parse(String text) throws IOException {
		Resource resource = load("test.S", text);
		assertTrue(resource.getErrors().isEmpty(), () -> "unexpected syntax errors: " + resource.getErrors());
		return (Program) resource.getContents().get(0);
	}

	@Test
	void parsesLongModeEntryWithLabelsPrefixesAndMemoryForms() throws IOException {
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

		assertEquals(".code64", ((Directive) lines.get(0).getStatement()).getName());
		assertEquals("trampoline_start64", lines.get(1).getLabels().get(0).getName());

		Instruction lockedBts = (Instruction) lines.get(3).getStatement();
		assertEquals("1", lines.get(3).getLabels().get(0).getName());
		assertEquals(List.of(Prefix.LOCK), lockedBts.getPrefixes());
		assertEquals("btsl", lockedBts.getMnemonic());
		assertEquals("0", ((NumberLiteral) ((ImmediateOperand) lockedBts.getOperands().get(0)).getValue()).getValue());
		MemoryOperand lock = (MemoryOperand) lockedBts.getOperands().get(1);
		assertEquals("%rip", lock.getBase());
		assertEquals("tr_lock", ((SymbolReference) lock.getDisplacement()).getName());

		Instruction backJump = (Instruction) lines.get(6).getStatement();
		assertEquals("1b", ((LocalLabelReference) ((ExpressionOperand) backJump.getOperands().get(0)).getValue()).getLabel());

		SegmentOffsetOperand fsSlot = (SegmentOffsetOperand) ((Instruction) lines.get(7).getStatement()).getOperands().get(0);
		assertEquals("%fs", fsSlot.getSegment());
		assertEquals("0x10", ((NumberLiteral) fsSlot.getOffset()).getValue());

		IndirectOperand farTarget = (IndirectOperand) ((Instruction) lines.get(8).getStatement()).getOperands().get(0);
		assertEquals("tr_compat", ((SymbolReference) ((MemoryOperand) farTarget.getTarget()).getDisplacement()).getName());

		assertEquals(List.of(Prefix.REP), ((Instruction) lines.get(9).getStatement()).getPrefixes());
		assertEquals("movsb", ((Instruction) lines.get(10).getStatement()).getMnemonic());
		assertEquals(".Ldone", lines.get(11).getLabels().get(0).getName());
		assertEquals("ret", ((Instruction) lines.get(11).getStatement()).getMnemonic());
	}

	@Test
	void parsesDirectivesWithTypesStringsAndEmptyArguments() throws IOException {
		Program program = parse("""
				.section .text16,"ax",@progbits
				.p2align 4,,10
				.type tr_cr4, @object
				.size tr_cr4, .-tr_cr4
				""");
		Directive section = (Directive) program.getLines().get(0).getStatement();
		assertEquals(3, section.getArguments().size());
		assertEquals("progbits", ((TypeArgument) section.getArguments().get(2)).getName());
		assertEquals(3, ((Directive) program.getLines().get(1).getStatement()).getArguments().size());
	}

	@Test
	void bitwiseOperatorsBindTighterThanAdditionAsInGas() throws IOException {
		Program program = parse(".long 1 + 2 | 4 * 8\n");
		ExpressionOperand operand = (ExpressionOperand) ((Directive) program.getLines().get(0).getStatement()).getArguments().get(0);
		BinaryExpression sum = assertInstanceOf(BinaryExpression.class, operand.getValue());
		assertEquals("+", sum.getOperator());
		BinaryExpression or = assertInstanceOf(BinaryExpression.class, sum.getRight());
		assertEquals("|", or.getOperator());
		assertEquals("*", assertInstanceOf(BinaryExpression.class, or.getRight()).getOperator());
	}

	@Test
	void distinguishesBinaryLiteralFromBackwardLabelReference() throws IOException {
		Program program = parse("movl $0b101, %eax\njmp 0b\n");
		ImmediateOperand binary = (ImmediateOperand) ((Instruction) program.getLines().get(0).getStatement()).getOperands().get(0);
		assertEquals("0b101", ((NumberLiteral) binary.getValue()).getValue());
		ExpressionOperand back = (ExpressionOperand) ((Instruction) program.getLines().get(1).getStatement()).getOperands().get(0);
		assertEquals("0b", ((LocalLabelReference) back.getValue()).getLabel());
	}

	@Test
	void readsLinkageMacroCallsAsStatementsButKeepsRegisterIndirectInstructions() throws IOException {
		Program program = parse("""
				SYM_CODE_START(startup_64)
				\tincl (%eax)
				SYM_DATA(tr_cr4, .long 0)
				""");
		MacroCall codeStart = (MacroCall) program.getLines().get(0).getStatement();
		assertEquals("SYM_CODE_START", codeStart.getName());
		assertEquals("startup_64", ((SymbolReference) ((ExpressionArgument) codeStart.getArguments().get(0)).getValue()).getName());

		Instruction increment = (Instruction) program.getLines().get(1).getStatement();
		assertEquals("%eax", ((MemoryOperand) increment.getOperands().get(0)).getBase());

		MacroCall data = (MacroCall) program.getLines().get(2).getStatement();
		assertEquals("tr_cr4", ((SymbolReference) ((ExpressionArgument) data.getArguments().get(0)).getValue()).getName());
		Directive storage = (Directive) data.getArguments().get(1);
		assertEquals(".long", storage.getName());
		assertEquals("0", ((NumberLiteral) ((ExpressionOperand) storage.getArguments().get(0)).getValue()).getValue());
	}

	@Test
	void reportsSyntaxErrorOnTheOffendingLine() throws IOException {
		Resource resource = load("bad.s", "nop\nmovl %eax,, %ebx\nnop\n");
		assertEquals(1, resource.getErrors().size(), () -> resource.getErrors().toString());
		assertEquals(2, resource.getErrors().get(0).getLine());
	}
}
