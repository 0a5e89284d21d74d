package dev.gasket.toolchain.tests.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.gasket.toolchain.ToolDiagnostic;
import dev.gasket.toolchain.ToolDiagnostic.Severity;
import dev.gasket.toolchain.ToolResult;
import dev.gasket.toolchain.build.BuildSettings;
import dev.gasket.toolchain.build.ProgramBuilder;
import dev.gasket.toolchain.tests.GasFixture;

/** {@link ProgramBuilder#assemble}: the sources' diagnostics without a link, each marked with the tool that reported it. */
class AssembleOnlyTest {
	private static final Path CHECK = BuildFixture.RESOURCES.resolve("check");

	@TempDir
	Path work;

	private final ProgramBuilder builder = new ProgramBuilder(GasFixture.HOST);

	@Test
	void sxSourceIsPreprocessedWithTheDefines() throws Exception {
		Path source = CHECK.resolve("requires-define.sx");

		ToolResult without = only(builder.assemble(BuildSettings.of(List.of(source)), work));
		ToolResult with = only(builder.assemble(BuildSettings.of(List.of(source)).withDefines(Map.of("BOARD_ID", "7")), work));

		assertFalse(without.success());
		ToolDiagnostic error = without.diagnostics().get(0);
		assertEquals(OptionalInt.of(BuildFixture.lineOf(source, "#error")), error.line());
		assertFalse(error.fromAssembler(), "#error is the preprocessor's");
		assertTrue(with.success(), with.diagnostics()::toString);
		assertEquals(List.of(), with.diagnostics());
		assertTrue(Files.exists(with.output()));
	}

	@Test
	void preprocessorAndAssemblerMessagesAreToldApartAndNothingIsLinked() throws Exception {
		Path source = CHECK.resolve("two-tools.S");
		Path header = CHECK.resolve("noisy.h");

		ToolResult result = only(builder.assemble(BuildSettings.of(List.of(source)), work));

		assertFalse(result.success());
		List<ToolDiagnostic> diagnostics = result.diagnostics();
		assertEquals(3, diagnostics.size(), diagnostics::toString);
		ToolDiagnostic cppWarning = diagnostics.get(0);
		assertEquals(Severity.WARNING, cppWarning.severity());
		assertEquals(header.toString(), cppWarning.file().orElseThrow());
		assertFalse(cppWarning.fromAssembler());
		ToolDiagnostic inHeader = find(diagnostics, header, BuildFixture.lineOf(header, "movq"));
		ToolDiagnostic inSource = find(diagnostics, source, BuildFixture.lineOf(source, "movb"));
		assertTrue(inHeader.fromAssembler() && inSource.fromAssembler(), diagnostics::toString);
		assertEquals(Severity.ERROR, inSource.severity());
		try (var files = Files.list(work)) {
			assertTrue(files.noneMatch(file -> file.toString().endsWith(".elf") || file.toString().endsWith(".ld")));
		}
	}

	@Test
	void plainSourceMessagesComeFromAs() throws Exception {
		Path source = CHECK.resolve("plain.s");

		ToolResult result = only(builder.assemble(BuildSettings.of(List.of(source)), work));

		assertTrue(result.success(), result.diagnostics()::toString);
		ToolDiagnostic warning = result.diagnostics().get(0);
		assertEquals(Severity.WARNING, warning.severity());
		assertEquals(OptionalInt.of(BuildFixture.lineOf(source, ".warning")), warning.line());
		assertTrue(warning.fromAssembler());
		assertEquals(work.resolve("plain.o"), result.output());
	}

	private static ToolResult only(List<ToolResult> results) {
		assertEquals(1, results.size());
		return results.get(0);
	}

	private static ToolDiagnostic find(List<ToolDiagnostic> diagnostics, Path file, int line) {
		return diagnostics.stream()
				.filter(d -> d.file().equals(Optional.of(file.toString())) && d.line().equals(OptionalInt.of(line)))
				.findFirst().orElseThrow(() -> new AssertionError("no diagnostic at " + file + ":" + line + " in " + diagnostics));
	}
}
