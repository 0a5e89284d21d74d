package dev.gasket.cli.tests;

import static dev.gasket.cli.tests.Outcome.gasket;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GasketCliTest {
	@TempDir
	Path folder;

	@Test
	void helpListsEverySubcommand() {
		Outcome help = gasket("--help");
		assertEquals(0, help.status());
		for (String command : new String[] { "ide", "lint [--format", "nav ", "lsp", "run FILE..." }) {
			assertTrue(help.out().lines().anyMatch(line -> line.startsWith("  " + command)), () -> command + " missing in\n" + help.out());
		}
	}

	@Test
	void lspRefusesOptionsItDoesNotKnowBeforeTakingOverTheStreams() {
		Outcome outcome = gasket("lsp", "--port", "4389");
		assertEquals(2, outcome.status());
		assertTrue(outcome.err().contains("unknown option --port"), outcome.err());
		assertEquals("", outcome.out(), "standard output belongs to the protocol");
	}

	@Test
	void lintPrintsSyntaxErrorsAtTheirPositionWithTheSyntaxCode() throws IOException {
		Path source = Files.writeString(folder.resolve("broken.S"), "\tnop\n\tmovl %eax,, %ebx\n");
		Outcome lint = gasket("lint", source.toString());
		assertEquals(1, lint.status());
		assertTrue(lint.out().startsWith(source + ":2:"), lint.out());
		assertTrue(lint.out().lines().findFirst().orElseThrow().matches(".*: error: .* \\[syntax\\]"), lint.out());
		assertTrue(lint.out().endsWith("1 file, 1 error, 0 warnings\n"), lint.out());
	}

	@Test
	void lintPrintsOnlyTheSummaryForValidCode() throws IOException {
		Path source = Files.writeString(folder.resolve("ok.s"), "tr_lock: .long 0\n1:\tlock btsl $0, tr_lock(%rip)\n\tjc 1b\n");
		Outcome lint = gasket("lint", source.toString());
		assertEquals(new Outcome(0, "1 file, 0 errors, 0 warnings\n", ""), lint);
	}

	@Test
	void lintWalksFoldersAndResolvesSymbolsAcrossFiles() throws IOException {
		Path sources = Files.createDirectories(folder.resolve("src/boot"));
		Files.writeString(sources.resolve("header.S"), "SYM_DATA_START(trampoline_header)\nSYM_DATA(tr_cr4, .space 4)\nSYM_DATA_END(trampoline_header)\n");
		Files.writeString(sources.resolve("entry.S"), "\t.code64\n\txorq tr_cr4(%rip), %rax\n\tmovl missing_symbol(%rip), %eax\n");
		Files.writeString(sources.resolve("notes.txt"), "not assembly\n");
		Outcome lint = gasket("lint", folder.resolve("src").toString());
		assertEquals(0, lint.status(), "warnings alone do not fail the run");
		assertTrue(lint.out().contains("entry.S:2:"), lint.out());
		assertTrue(lint.out().contains("accesses 8 bytes at `tr_cr4`, which is 4 bytes"), lint.out());
		assertTrue(lint.out().contains("[operand-size-vs-symbol]"), lint.out());
		assertTrue(!lint.out().contains("missing_symbol"), "unresolved symbols are information, below the default threshold");
		assertTrue(lint.out().endsWith("2 files, 0 errors, 1 warning\n"), lint.out());

		Outcome everything = gasket("lint", "--severity", "info", folder.resolve("src").toString());
		assertTrue(everything.out().contains("info: `missing_symbol` is not defined"), everything.out());
		assertTrue(everything.out().contains("[unresolved-symbol]"), everything.out());
	}

	@Test
	void lintFindsIncludesOnTheIncludePath() throws IOException {
		Path include = Files.createDirectories(folder.resolve("include/asm"));
		Files.writeString(include.resolve("boot.h"), "#define BOOT_CS 0x10\n.macro LOAD_CS\n\tljmpl $BOOT_CS, $1f\n1:\n.endm\n");
		Path source = Files.writeString(folder.resolve("start.S"), "#include <asm/boot.h>\n\t.code32\n\tLOAD_CS\n\tmovl $BOOT_CS, %eax\n");
		Outcome without = gasket("lint", "--severity", "info", source.toString());
		assertTrue(without.out().contains("cannot find `asm/boot.h`"), without.out());
		Outcome with = gasket("lint", "--severity", "info", "-I", folder.resolve("include").toString(), source.toString());
		assertEquals(new Outcome(0, "1 file, 0 errors, 0 warnings\n", ""), with);
	}

	@Test
	void lintWritesJsonObjectsPerDiagnostic() throws IOException {
		Path source = Files.writeString(folder.resolve("typo.s"), "\tmvol %eax, %ebx\n");
		Outcome lint = gasket("lint", "--format", "json", source.toString());
		assertEquals(1, lint.status());
		assertTrue(lint.out().startsWith("[\n  {\"file\": \"" + source + "\", \"line\": 1, \"column\": 2, \"severity\": \"error\", \"code\": \"unknown-mnemonic\""),
				lint.out());
		assertTrue(lint.out().endsWith("}\n]\n"), lint.out());
		assertEquals("1 file, 1 error, 0 warnings\n", lint.err());
	}

	@Test
	void badInputGetsAClearMessageAndUsageStatus() throws IOException {
		Outcome missing = gasket("lint", folder.resolve("absent.S").toString());
		assertEquals(2, missing.status());
		assertTrue(missing.err().contains("no such file or directory"), missing.err());

		Path notAssembly = Files.writeString(folder.resolve("notes.txt"), "hello\n");
		Outcome wrongKind = gasket("lint", notAssembly.toString());
		assertEquals(2, wrongKind.status());
		assertTrue(wrongKind.err().contains("is not a GAS source"), wrongKind.err());

		Outcome unknown = gasket("frobnicate");
		assertEquals(2, unknown.status());
		assertTrue(unknown.err().contains("unknown command 'frobnicate'"), unknown.err());
	}
}
