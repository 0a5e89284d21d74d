package dev.gasket.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.gasket.cli.GasketCli;

class GasketCliTest {
	private record Outcome(int status, String out, String err) {
	}

	@TempDir
	Path folder;

	private static Outcome gasket(String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int status = GasketCli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
		return new Outcome(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}

	@Test
	void helpListsEverySubcommand() {
		Outcome help = gasket("--help");
		assertEquals(0, help.status());
		for (String command : new String[] { "ide", "lint FILE...", "nav ", "lsp", "run FILE..." }) {
			assertTrue(help.out().lines().anyMatch(line -> line.startsWith("  " + command)), () -> command + " missing in\n" + help.out());
		}
		assertTrue(help.out().contains("(not yet implemented)"), "planned commands are marked as such");
	}

	@Test
	void lintPrintsSyntaxErrorsAtTheirPosition() throws IOException {
		Path source = Files.writeString(folder.resolve("broken.S"), "\tnop\n\tmovl %eax,, %ebx\n");
		Outcome lint = gasket("lint", source.toString());
		assertEquals(1, lint.status());
		assertTrue(lint.out().startsWith(source + ":2:"), lint.out());
		assertTrue(lint.out().contains(": error: "), lint.out());
	}

	@Test
	void lintIsQuietOnValidCode() throws IOException {
		Path source = Files.writeString(folder.resolve("ok.s"), "1:\tlock btsl $0, tr_lock(%rip)\n\tjc 1b\n");
		Outcome lint = gasket("lint", source.toString());
		assertEquals(new Outcome(0, "", ""), lint);
	}

	@Test
	void badInputGetsAClearMessageAndUsageStatus() throws IOException {
		Outcome missing = gasket("lint", folder.resolve("absent.S").toString());
		assertEquals(2, missing.status());
		assertTrue(missing.err().contains("no such file"), missing.err());

		Path notAssembly = Files.writeString(folder.resolve("notes.txt"), "hello\n");
		Outcome wrongKind = gasket("lint", notAssembly.toString());
		assertEquals(2, wrongKind.status());
		assertTrue(wrongKind.err().contains("is not a GAS source"), wrongKind.err());

		Outcome unknown = gasket("frobnicate");
		assertEquals(2, unknown.status());
		assertTrue(unknown.err().contains("unknown command 'frobnicate'"), unknown.err());
	}
}
