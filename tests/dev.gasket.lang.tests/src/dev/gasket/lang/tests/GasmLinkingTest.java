package dev.gasket.lang.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.StreamSupport;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.IResourceDescription;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.gasket.lang.gasm.CppDefine;
import dev.gasket.lang.gasm.Label;
import dev.gasket.lang.gasm.LocalLabelReference;
import dev.gasket.lang.gasm.MacroCall;
import dev.gasket.lang.gasm.MacroParameterReference;
import dev.gasket.lang.gasm.Program;
import dev.gasket.lang.gasm.SymbolReference;
import dev.gasket.lang.resource.SymbolDescriptions;
import dev.gasket.lang.symbols.ReferenceText;
import dev.gasket.lang.symbols.SymbolKind;

class GasmLinkingTest {
	private final LanguageFixture fixture = new LanguageFixture();

	@TempDir
	Path folder;

	private static SymbolReference reference(Program program, String name, int occurrence) {
		return EcoreUtil2.eAllOfType(program, SymbolReference.class).stream()
				.filter(reference -> ReferenceText.symbolName(reference).equals(name)).skip(occurrence).findFirst().orElseThrow();
	}

	@Test
	void resolvesSymbolsDefinedThroughLinkageMacros() {
		Program program = fixture.parse("""
				SYM_DATA_START(trampoline_header)
				\tSYM_DATA(tr_cr4, .space 4)
				\tSYM_DATA(tr_lock, .space 4)
				SYM_DATA_END(trampoline_header)
				SYM_CODE_START(trampoline_start64)
				\txorl tr_cr4(%rip), %eax
				\tlock btsl $0, tr_lock(%rip)
				\tjmp trampoline_start64
				SYM_CODE_END(trampoline_start64)
				""");
		MacroCall cr4 = (MacroCall) program.getLines().get(1).getStatement();
		assertSame(cr4, reference(program, "tr_cr4", 1).getSymbol(), "the use in xorl resolves to SYM_DATA(tr_cr4, …)");
		assertSame(program.getLines().get(2).getStatement(), reference(program, "tr_lock", 1).getSymbol());
		assertSame(program.getLines().get(0).getStatement(), reference(program, "trampoline_header", 1).getSymbol(),
				"SYM_DATA_END refers back to the start");
		assertSame(program.getLines().get(4).getStatement(), reference(program, "trampoline_start64", 1).getSymbol());
	}

	@Test
	void resolvesNumericLabelsToTheNearestInTheirDirection() {
		Program program = fixture.parse("""
				1:\tnop
				1:\tjmp 1b
				\tjmp 1f
				\tjmp 2f
				1:\tnop
				2:\tjmp 1b
				""");
		List<Label> labels = EcoreUtil2.eAllOfType(program, Label.class);
		List<LocalLabelReference> references = EcoreUtil2.eAllOfType(program, LocalLabelReference.class);
		assertSame(labels.get(1), references.get(0).getLabel(), "`1: jmp 1b` jumps to its own label");
		assertSame(labels.get(2), references.get(1).getLabel());
		assertSame(labels.get(3), references.get(2).getLabel());
		assertSame(labels.get(2), references.get(3).getLabel());
	}

	@Test
	void resolvesMacroParametersWithinTheirBodyOnly() {
		Program program = fixture.parse("""
				.macro SAVE reg, slot=0
				\tmovq \\reg, \\slot(%rsp)
				\t.irp other, %rax, %rbx
				\tpushq \\other
				\tpushq \\reg
				\t.endr
				.endm
				""");
		List<MacroParameterReference> references = EcoreUtil2.eAllOfType(program, MacroParameterReference.class);
		assertEquals(List.of("reg", "slot", "other", "reg"), references.stream().map(reference -> reference.getParameter().getName()).toList());
		assertFalse(references.get(2).getParameter().eIsProxy());
	}

	@Test
	void resolvesAcrossFilesThroughIncludesAndTheIndex() {
		LanguageFixture.write(folder.resolve("include/defs.h"), """
				#define X86_CR4_LA57 (1 << 12)
				.Lshared_local: .long 0
				""");
		Resource data = fixture.file(folder.resolve("data.S"), "SYM_DATA(tr_flags, .long 0)\n.Lprivate: .long 0\n");
		Resource code = fixture.file(folder.resolve("code.S"), """
				#include "include/defs.h"
				\tmovl $X86_CR4_LA57, %eax
				\tmovl .Lshared_local, %eax
				\tmovl tr_flags(%rip), %eax
				\tmovl .Lprivate, %eax
				""");
		Program program = (Program) code.getContents().get(0);
		assertInstanceOf(CppDefine.class, reference(program, "X86_CR4_LA57", 0).getSymbol(), "the include brings its #define");
		assertInstanceOf(Label.class, reference(program, ".Lshared_local", 0).getSymbol(), "included text shares .L names");
		assertSame(data.getContents().get(0), EcoreUtil2.getRootContainer(reference(program, "tr_flags", 0).getSymbol()),
				"another file's global symbol comes from the index");
		assertTrue(reference(program, ".Lprivate", 0).getSymbol().eIsProxy(), "another file's .L label stays private to it");
	}

	@Test
	void findsIncludesOnTheProjectsConfiguredIncludePath() {
		LanguageFixture.write(folder.resolve(".settings/dev.gasket.lang.prefs"), "includePath=arch/x86/include\n");
		LanguageFixture.write(folder.resolve("arch/x86/include/asm/segment.h"), "#define __KERNEL_CS 0x10\n");
		Resource code = fixture.file(folder.resolve("arch/x86/boot/entry.S"), "#include <asm/segment.h>\n\tmovl $__KERNEL_CS, %eax\n");
		assertFalse(reference((Program) code.getContents().get(0), "__KERNEL_CS", 0).getSymbol().eIsProxy());
	}

	@Test
	void assemblerIncludeBringsTheIncludedFilesSymbols() {
		LanguageFixture.write(folder.resolve("macros/limits.s"), "STACK_LIMIT = 0x1000\n");
		Resource code = fixture.file(folder.resolve("boot.s"), ".include \"macros/limits.s\"\n\tmovl $STACK_LIMIT, %esp\n");
		assertFalse(reference((Program) code.getContents().get(0), "STACK_LIMIT", 0).getSymbol().eIsProxy());
	}

	@Test
	void cppLinesOfPlainAssemblerFilesAreComments() {
		Program program = fixture.parse("plain.s", "#define LIMIT 4\n\tmovl $LIMIT, %eax\n");
		assertTrue(reference(program, "LIMIT", 0).getSymbol().eIsProxy());
	}

	@Test
	void exportsGlobalDefinitionsWithKindAndSize() {
		Resource resource = fixture.load("exports.S", """
				SYM_DATA(tr_cr4, .space 4)
				gdt: .quad 0, 0x00cf9a000000ffff
				entry: nop
				.Lhidden: nop
				BOOT_CS = 0x10
				.macro NOTHING
				.endm
				""");
		IResourceDescription description = LanguageFixture.injector().getInstance(IResourceDescription.Manager.class).getResourceDescription(resource);
		List<IEObjectDescription> exported = StreamSupport.stream(description.getExportedObjects().spliterator(), false).toList();
		assertEquals(List.of("tr_cr4", "gdt", "entry", "BOOT_CS", "NOTHING"), exported.stream().map(object -> object.getName().toString()).toList());
		assertEquals(SymbolKind.DATA, SymbolDescriptions.kindOf(exported.get(0)));
		assertEquals(4, SymbolDescriptions.sizeOf(exported.get(0)).getAsLong());
		assertEquals(16, SymbolDescriptions.sizeOf(exported.get(1)).getAsLong());
		assertEquals(SymbolKind.LABEL, SymbolDescriptions.kindOf(exported.get(2)));
		assertEquals(SymbolKind.GAS_MACRO, SymbolDescriptions.kindOf(exported.get(4)));
	}
}
