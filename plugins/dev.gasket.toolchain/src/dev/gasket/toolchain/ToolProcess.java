package dev.gasket.toolchain;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;

/** Runs one GNU tool to completion and turns what it printed into diagnostics. */
public final class ToolProcess {

	private static final long TIMEOUT_SECONDS = 60;

	private ToolProcess() {
	}

	/**
	 * Runs the tool in the C locale, because its messages are only parsed correctly untranslated.
	 *
	 * @param command the tool's path followed by its arguments
	 * @param output  the file the command writes
	 * @throws ToolchainException if the tool cannot be started, does not finish in time or the wait is interrupted
	 */
	public static ToolResult run(List<String> command, Path output) throws ToolchainException {
		String program = command.get(0);
		Process process;
		try {
			ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
			builder.environment().put("LC_ALL", "C");
			process = builder.start();
		} catch (IOException e) {
			throw new ToolchainException("cannot start " + program + ": " + e.getMessage(), e);
		}
		// Drained on its own thread so a chatty tool can never block on a full pipe while we wait.
		FutureTask<List<String>> printed = new FutureTask<>(() -> {
			try (BufferedReader reader = process.inputReader()) {
				return reader.lines().toList();
			}
		});
		Thread.ofVirtual().start(printed);
		try {
			if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				throw new ToolchainException(program + " did not finish within " + TIMEOUT_SECONDS
						+ " seconds and was stopped");
			}
			return new ToolResult(output, process.exitValue() == 0, new DiagnosticParser(program).parse(printed.get()));
		} catch (InterruptedException e) {
			process.destroyForcibly();
			Thread.currentThread().interrupt();
			throw new ToolchainException("interrupted while waiting for " + program, e);
		} catch (ExecutionException e) {
			throw new ToolchainException("cannot read the output of " + program, e.getCause());
		}
	}
}
