package dev.gasket.toolchain.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.gasket.toolchain.Assembler;
import dev.gasket.toolchain.ToolDiagnostic.Severity;
import dev.gasket.toolchain.ToolDiagnostic;
import dev.gasket.toolchain.ToolResult;

class AssemblerTest {

	private static final byte[] ELF_MAGIC = {0x7f, 'E', 'L', 'F'};
	private static final byte ELFCLASS64 = 2;

	@TempDir
	Path directory;

	private final Assembler assembler = new Assembler(GasFixture.HOST);

	@Test
	void mixedModeSourceAssemblesTo64BitElfObject() throws Exception {
		Path source = GasFixture.write(directory, "boot.s", """
					.code16
					.globl _start
				_start:
					cli
					movl %cr0, %eax
					.code32
					movl %eax, %cr0
					.code64
					movq %rax, %cr4
				""");
		Path object = directory.resolve("boot.o");

		ToolResult result = assembler.assemble(source, object);

		assertTrue(result.success(), result.diagnostics()::toString);
		assertEquals(List.of(), result.diagnostics());
		assertEquals(object, result.output());
		byte[] header = Arrays.copyOf(Files.readAllBytes(object), 5);
		assertArrayEquals(ELF_MAGIC, Arrays.copyOf(header, 4));
		assertEquals(ELFCLASS64, header[4]);
	}

	@Test
	void bogusInstructionIsAnErrorOnItsLine() throws Exception {
		Path source = GasFixture.write(directory, "bad.s", """
					.text
				_start:
					bogus %eax
					hlt
				""");
		Path object = directory.resolve("bad.o");

		ToolResult result = assembler.assemble(source, object);

		assertFalse(result.success());
		assertFalse(Files.exists(object));
		assertEquals(1, result.diagnostics().size(), result.diagnostics()::toString);
		ToolDiagnostic error = result.diagnostics().get(0);
		assertEquals(Severity.ERROR, error.severity());
		assertEquals(OptionalInt.of(3), error.line());
		assertEquals(source.toString(), error.file().orElseThrow());
		assertTrue(error.message().startsWith("no such instruction"), error.message());
		assertTrue(error.message().contains("bogus"), error.message());
	}

	@Test
	void truncatedImmediateIsAWarningAndStillAssembles() throws Exception {
		Path source = GasFixture.write(directory, "warn.s", """
					.text
					movb $300, %al
				""");

		ToolResult result = assembler.assemble(source, directory.resolve("warn.o"));

		assertTrue(result.success());
		ToolDiagnostic warning = result.diagnostics().get(0);
		assertEquals(Severity.WARNING, warning.severity());
		assertEquals(OptionalInt.of(2), warning.line());
		assertTrue(warning.message().contains("shortened"), warning.message());
	}

	@Test
	void missingSourceIsAnErrorWithoutLine() throws Exception {
		Path source = directory.resolve("absent.s");

		ToolResult result = assembler.assemble(source, directory.resolve("absent.o"));

		assertFalse(result.success());
		ToolDiagnostic error = result.diagnostics().get(0);
		assertEquals(Severity.ERROR, error.severity());
		assertTrue(error.line().isEmpty());
		assertTrue(error.message().contains(source.toString()), error.message());
	}
}
