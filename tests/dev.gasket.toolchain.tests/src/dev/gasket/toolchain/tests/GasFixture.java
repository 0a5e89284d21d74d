package dev.gasket.toolchain.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import dev.gasket.toolchain.Assembler;
import dev.gasket.toolchain.Binutils;
import dev.gasket.toolchain.GnuTool;
import dev.gasket.toolchain.ToolResult;

/** Shared steps for tests that drive the real GNU binutils found on PATH. */
public final class GasFixture {

	public static final Binutils HOST = Binutils.fromPath("");

	private GasFixture() {
	}

	public static Path write(Path directory, String fileName, String text) throws IOException {
		return Files.writeString(directory.resolve(fileName), text);
	}

	/** Assembles {@code text} and fails the test unless as succeeds. */
	public static Path assemble(Path directory, String fileName, String text) throws Exception {
		Path source = write(directory, fileName, text);
		Path object = directory.resolve(fileName.replaceFirst("\\.s$", ".o"));
		ToolResult result = new Assembler(HOST).assemble(source, object);
		assertTrue(result.success(), () -> "as failed: " + result.diagnostics());
		return object;
	}

	/** Runs a binutils program directly, independent of the code under test, and returns its stdout. */
	public static String run(GnuTool tool, String... arguments) throws Exception {
		List<String> command = new ArrayList<>();
		command.add(HOST.locate(tool).toString());
		command.addAll(List.of(arguments));
		Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertTrue(process.waitFor(60, TimeUnit.SECONDS), command + " timed out");
		assertEquals(0, process.exitValue(), () -> command + " failed");
		return output;
	}
}
