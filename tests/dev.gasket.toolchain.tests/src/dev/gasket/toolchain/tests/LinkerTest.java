package dev.gasket.toolchain.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.gasket.toolchain.GnuTool;
import dev.gasket.toolchain.Linker;
import dev.gasket.toolchain.ToolDiagnostic.Severity;
import dev.gasket.toolchain.ToolDiagnostic;
import dev.gasket.toolchain.ToolResult;
import dev.gasket.toolchain.elf.ElfImage;
import dev.gasket.toolchain.elf.ElfSymbol;
import dev.gasket.toolchain.elf.SymbolKind;

class LinkerTest {

	private static final String PROGRAM = """
				.text
				.globl _start
			_start:
				movl tr_cr4, %eax
				hlt

				.data
			tr_cr4: .long 0
				.size tr_cr4, 4
				.type tr_cr4, @object
			""";

	@TempDir
	Path directory;

	private final Linker linker = new Linker(GasFixture.HOST);

	@Test
	void linksAtTheRequestedAddressWithEntryAndTypedSymbols() throws Exception {
		Path object = GasFixture.assemble(directory, "program.s", PROGRAM);
		Path executable = directory.resolve("program.elf");

		ToolResult result = linker.link(List.of(object), 0x1000, "_start", executable);

		assertTrue(result.success(), result.diagnostics()::toString);
		assertTrue(result.diagnostics().stream().noneMatch(d -> d.severity() == Severity.ERROR));
		ElfImage image = ElfImage.read(executable);
		assertEquals(0x1000, image.entry());
		ElfSymbol start = image.symbol("_start").orElseThrow();
		assertEquals(0x1000, start.value());
		assertEquals(".text", start.sectionName());
		ElfSymbol data = image.symbol("tr_cr4").orElseThrow();
		assertEquals(4, data.size());
		assertEquals(SymbolKind.OBJECT, data.kind());
		assertEquals(".data", data.sectionName());
		assertEquals(nmAddress(executable, "tr_cr4"), data.value());
	}

	@Test
	void undefinedReferenceIsAnErrorOnTheCallingLine() throws Exception {
		Path object = GasFixture.assemble(directory, "calls.s", """
					.text
					.globl _start
				_start:
					call missing
				""");

		ToolResult result = linker.link(List.of(object), 0x1000, "_start", directory.resolve("calls.elf"));

		assertFalse(result.success());
		ToolDiagnostic error = result.diagnostics().get(0);
		assertEquals(Severity.ERROR, error.severity());
		assertEquals(OptionalInt.of(4), error.line());
		assertTrue(error.file().orElseThrow().endsWith("calls.s"), error::toString);
		assertTrue(error.message().contains("undefined reference to `missing'"), error.message());
		assertTrue(error.message().contains("_start"), error.message());
	}

	@Test
	void unknownEntrySymbolIsAWarningWithoutLine() throws Exception {
		Path object = GasFixture.assemble(directory, "program.s", PROGRAM);

		ToolResult result = linker.link(List.of(object), 0x1000, "kernel_main", directory.resolve("program.elf"));

		assertTrue(result.success());
		ToolDiagnostic warning = result.diagnostics().get(0);
		assertEquals(Severity.WARNING, warning.severity());
		assertTrue(warning.line().isEmpty());
		assertTrue(warning.message().startsWith("cannot find entry symbol kernel_main"), warning.message());
	}

	/** The symbol's address as printed by the real nm, as an independent check of the ELF reader. */
	private static long nmAddress(Path executable, String symbol) throws Exception {
		for (String line : GasFixture.run(GnuTool.NM, executable.toString()).split("\n")) {
			String[] fields = line.trim().split("\\s+");
			if (fields.length == 3 && fields[2].equals(symbol)) {
				return Long.parseUnsignedLong(fields[0], 16);
			}
		}
		throw new AssertionError("nm does not list " + symbol);
	}
}
