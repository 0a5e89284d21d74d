package dev.gasket.toolchain.tests.build;

import static dev.gasket.toolchain.tests.build.BuildFixture.ERRORS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.gasket.toolchain.Binutils;
import dev.gasket.toolchain.ToolDiagnostic;
import dev.gasket.toolchain.ToolDiagnostic.Severity;
import dev.gasket.toolchain.ToolchainException;
import dev.gasket.toolchain.build.BuildResult;
import dev.gasket.toolchain.build.BuildSettings;
import dev.gasket.toolchain.build.ProgramBuilder;
import dev.gasket.toolchain.tests.GasFixture;

class BuildErrorsTest {

	@TempDir
	Path work;

	private final ProgramBuilder builder = new ProgramBuilder(GasFixture.HOST);

	@Test
	void syntaxErrorInPreprocessedSourceIsOnItsOriginalLine() throws Exception {
		Path source = ERRORS.resolve("syntax.S");

		BuildResult result = build(BuildSettings.of(List.of(source)).withIncludeDirectories(List.of(BuildFixture.INCLUDE)));

		ToolDiagnostic error = onlyError(result);
		assertEquals(source.toString(), error.file().orElseThrow());
		assertEquals(OptionalInt.of(BuildFixture.lineOf(source, "frobnicate")), error.line());
		assertTrue(error.message().contains("frobnicate"), error.message());
	}

	@Test
	void missingIncludeIsAnErrorOnTheIncludeLine() throws Exception {
		Path source = ERRORS.resolve("missing-include.S");

		ToolDiagnostic error = onlyError(build(BuildSettings.of(List.of(source))));

		assertEquals(source.toString(), error.file().orElseThrow());
		assertEquals(OptionalInt.of(BuildFixture.lineOf(source, "#include")), error.line());
		assertTrue(error.message().contains("absent.h: No such file or directory"), error.message());
	}

	@Test
	void missingIncludeInAHeaderIsReportedInTheHeaderWithoutTheIncludeChainAsErrors() throws Exception {
		Path header = ERRORS.resolve("nested-missing.h");

		ToolDiagnostic error = onlyError(build(BuildSettings.of(List.of(ERRORS.resolve("nested-include.S")))));

		assertEquals(header.toString(), error.file().orElseThrow());
		assertEquals(OptionalInt.of(BuildFixture.lineOf(header, "#include")), error.line());
		assertTrue(error.message().contains("absent-too.h"), error.message());
	}

	@Test
	void errorInAMacroNamesWhereTheMacroWasInvoked() throws Exception {
		Path source = ERRORS.resolve("macro.S");

		BuildResult result = build(BuildSettings.of(List.of(source)));

		assertEquals(1, result.diagnostics().size(), result.diagnostics()::toString);
		ToolDiagnostic error = result.diagnostics().get(0);
		assertEquals(OptionalInt.of(BuildFixture.lineOf(source, "frobnicate")), error.line());
		String invocation = source + ":" + BuildFixture.lineOf(source, "\tload_flags");
		assertTrue(error.message().endsWith("(macro invoked from here at " + invocation + ")"), error.message());
	}

	@Test
	void undefinedSymbolIsALinkErrorNamingItOnTheReferencingLine() throws Exception {
		Path source = ERRORS.resolve("undefined.s");

		BuildResult result = build(BuildSettings.of(List.of(source)));

		ToolDiagnostic error = onlyError(result);
		assertTrue(error.message().contains("undefined reference to `nowhere'"), error.message());
		assertEquals(source.toString(), error.file().orElseThrow());
		assertEquals(OptionalInt.of(BuildFixture.lineOf(source, "call nowhere")), error.line());
		assertTrue(Files.exists(work.resolve("undefined.o")), "the assemble step ran before the link failed");
	}

	@Test
	void warningKeepsItsSourceLineAndTheBuildSucceeds() throws Exception {
		Path source = ERRORS.resolve("truncated.S");

		BuildResult result = builder.build(BuildSettings.of(List.of(source)), work);

		assertTrue(result.success(), result.diagnostics()::toString);
		assertEquals(1, result.diagnostics().size(), result.diagnostics()::toString);
		ToolDiagnostic warning = result.diagnostics().get(0);
		assertEquals(Severity.WARNING, warning.severity());
		assertEquals(source.toString(), warning.file().orElseThrow());
		assertEquals(OptionalInt.of(BuildFixture.lineOf(source, "movb")), warning.line());
	}

	@Test
	void everySourceIsAssembledAndNothingLinkedAfterAFailure() throws Exception {
		Path syntax = ERRORS.resolve("syntax.S");
		Path missingInclude = ERRORS.resolve("missing-include.S");

		BuildResult result = build(BuildSettings.of(List.of(syntax, BuildFixture.HELPER_SOURCE, missingInclude))
				.withIncludeDirectories(List.of(BuildFixture.INCLUDE)));

		assertEquals(List.of(syntax.toString(), missingInclude.toString()),
				result.diagnostics().stream().map(d -> d.file().orElseThrow()).toList());
		assertTrue(Files.exists(work.resolve("helper.o")));
		assertFalse(Files.exists(work.resolve("syntax.elf")));
	}

	@Test
	void sourceThatIsNotAssemblerIsRejectedBeforeAnyToolRuns() throws Exception {
		Path header = BuildFixture.INCLUDE.resolve("layout.h");

		BuildResult result = build(BuildSettings.of(List.of(BuildFixture.HELPER_SOURCE, header)));

		ToolDiagnostic error = onlyError(result);
		assertEquals(header.toString(), error.file().orElseThrow());
		assertTrue(error.message().contains(".S, .sx or .s"), error.message());
		assertFalse(Files.exists(work.resolve("helper.o")));
	}

	@Test
	void missingGccNamesItsDebianPackage() {
		ProgramBuilder noTools = new ProgramBuilder(new Binutils("", List.of()));

		ToolchainException error = assertThrows(ToolchainException.class,
				() -> noTools.build(BuildSettings.of(List.of(BuildFixture.BOOT_SOURCE)), work));

		assertTrue(error.getMessage().contains("'gcc'"), error.getMessage());
		assertTrue(error.getMessage().contains("apt-get install gcc"), error.getMessage());
	}

	@Test
	void missingBinutilsNameTheirDebianPackage() {
		ProgramBuilder noTools = new ProgramBuilder(new Binutils("", List.of()));

		ToolchainException error = assertThrows(ToolchainException.class,
				() -> noTools.build(BuildSettings.of(List.of(BuildFixture.HELPER_SOURCE)), work));

		assertTrue(error.getMessage().contains("'as'"), error.getMessage());
		assertTrue(error.getMessage().contains("apt-get install binutils"), error.getMessage());
	}

	@Test
	void missingPrefixedToolNamesTheCrossPackage() throws Exception {
		ProgramBuilder noTools = new ProgramBuilder(new Binutils("", List.of(work)));
		BuildSettings settings = BuildSettings.of(List.of(BuildFixture.BOOT_SOURCE)).withToolPrefix("x86_64-linux-gnu-");

		ToolchainException error = assertThrows(ToolchainException.class, () -> noTools.build(settings, work));

		assertTrue(error.getMessage().contains("'x86_64-linux-gnu-gcc'"), error.getMessage());
		assertTrue(error.getMessage().contains("apt-get install gcc-x86-64-linux-gnu"), error.getMessage());
		try (var files = Files.list(work)) {
			assertEquals(List.of(), files.toList(), "nothing may run when a tool is missing");
		}
	}

	private BuildResult build(BuildSettings settings) throws ToolchainException {
		BuildResult result = builder.build(settings, work);
		assertFalse(result.success(), result.diagnostics()::toString);
		assertTrue(result.executable().isEmpty());
		return result;
	}

	private static ToolDiagnostic onlyError(BuildResult result) {
		List<ToolDiagnostic> errors = result.diagnostics().stream().filter(d -> d.severity() == Severity.ERROR).toList();
		assertEquals(1, errors.size(), result.diagnostics()::toString);
		return errors.get(0);
	}
}
