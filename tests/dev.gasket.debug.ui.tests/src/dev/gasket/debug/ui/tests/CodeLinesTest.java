package dev.gasket.debug.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import dev.gasket.debug.ui.breakpoints.CodeLines;
import dev.gasket.lang.resource.SourceLoader;
import dev.gasket.lang.ui.model.GasmDocumentModel;

/** Which lines of real sources take a line breakpoint, and the reason given for those that do not. */
class CodeLinesTest {
	private static final Path EXAMPLE = Path.of("../../examples/trampoline");
	private static final String MACROS_S = """
			#define SAVE_FLAGS() pushfq
			#define DECLARE(name) .globl name; name:
				.macro PUSH2 first, second
				pushq \\first
				pushq \\second
				.endm
				.macro ALIGN_HERE
				.balign 16
				.endm
				.text
				PUSH2 %rax, %rbx
				ALIGN_HERE
				SAVE_FLAGS()
				DECLARE(entry)
				.comm buffer, 64
				limit = 16
				.irp reg, %rcx, %rdx
				pushq \\reg
				.endr
				nop; .balign 4
			""";

	@TempDir
	Path folder;

	/** A line's text (exactly) and a fragment of the reason it has no code, or null for a line with code. */
	private record Case(String line, String reason) {
	}

	@TestFactory
	Stream<DynamicTest> trampolineLines() throws IOException {
		for (String name : List.of("trampoline_64.S", "linkage.h", "boot.h")) {
			Files.copy(EXAMPLE.resolve(name), folder.resolve(name));
		}
		return cases(folder.resolve("trampoline_64.S"), List.of(
				new Case("\tcli", null),
				new Case("1:\tmovl\t%edx, %cr3", null),
				new Case("\tlock btsl $0, tr_lock(%rip)", null),
				new Case("\tljmpl\t*tr_compat(%rip)", null),
				new Case("", "it is blank"),
				new Case("\t/* real-mode entry: CS = trampoline_start >> 4, IP = 0 */", "it is only a comment"),
				new Case(" * trampoline_start64: the AP starts in 64-bit mode with the firmware's paging; it goes through", "it is only a comment"),
				new Case("#include \"linkage.h\"", "it is a preprocessor line (#include)"),
				new Case("\t.balign\t16", "it is the directive .balign, which assembles no instruction"),
				new Case("\t.code64", "it is the directive .code64"),
				new Case("\t.data", "it is the directive .data"),
				new Case("SYM_CODE_START(trampoline_start)", "it only defines the symbol trampoline_start"),
				new Case("SYM_INNER_LABEL(lock_spin64, SYM_L_LOCAL)", "it only defines the symbol lock_spin64"),
				new Case("SYM_CODE_END(trampoline_start)", "it only ends the symbol trampoline_start"),
				new Case("\tSYM_DATA(tr_lock,\t\t.long 0)", "it defines data (the symbol tr_lock), not code: Toggle Watchpoint watches it"),
				new Case("\t.quad\t0x00cf93000000ffff\t\t/* __KERNEL_DS: data, 4 GiB */", "it holds data (.quad), not code"),
				new Case("\t.asciz\t\"kernel: AP online, 4-level paging\\n\"", "it holds data (.asciz)"),
				new Case("tr_gdt_end:", "it only defines the label tr_gdt_end"),
				new Case("\t.set\t.Lphysical, 0", "it defines the constant .Lphysical"),
				new Case("\t.rept\t512", "it is the directive .rept")));
	}

	@TestFactory
	Stream<DynamicTest> macroLines() throws IOException {
		Path source = folder.resolve("macros.S");
		Files.writeString(source, MACROS_S);
		return cases(source, List.of(
				new Case("\tPUSH2 %rax, %rbx", null),
				new Case("\tSAVE_FLAGS()", null),
				new Case("\tpushq \\reg", null),
				new Case("\tnop; .balign 4", null),
				new Case("\tALIGN_HERE", "it uses the macro ALIGN_HERE, which assembles no instruction"),
				new Case("\tDECLARE(entry)", "it uses the macro DECLARE, which expands to no instruction"),
				new Case("\t.macro PUSH2 first, second", "it starts the definition of macro PUSH2"),
				new Case("\tpushq \\first", "it is in the body of macro PUSH2: set the breakpoint where the macro is used"),
				new Case("#define SAVE_FLAGS() pushfq", "it is the cpp definition of SAVE_FLAGS"),
				new Case("\t.comm buffer, 64", "it reserves the common symbol buffer, which is data"),
				new Case("\tlimit = 16", "it defines the constant limit"),
				new Case("\t.irp reg, %rcx, %rdx", "it is the directive .irp")));
	}

	private static Stream<DynamicTest> cases(Path source, List<Case> cases) throws IOException {
		XtextResource resource = parse(source);
		List<String> lines = Files.readAllLines(source);
		List<DynamicTest> tests = new ArrayList<>();
		for (Case each : cases) {
			tests.add(DynamicTest.dynamicTest("'" + each.line() + "'", () -> {
				int line = lines.indexOf(each.line()) + 1;
				assertTrue(line > 0, () -> "no line '" + each.line() + "' in " + source.getFileName());
				Optional<String> reason = CodeLines.whyNoCode(resource, line);
				if (each.reason() == null) {
					assertEquals(Optional.empty(), reason, "line " + line + " has code");
				} else {
					assertTrue(reason.orElse("").startsWith(each.reason()), () -> "line " + line + ": " + reason);
				}
			}));
		}
		return tests.stream();
	}

	private static XtextResource parse(Path source) throws IOException {
		XtextResourceSet resourceSet = GasmDocumentModel.language().getInstance(XtextResourceSet.class);
		return (XtextResource) GasmDocumentModel.language().getInstance(SourceLoader.class).load(resourceSet, source);
	}
}
