package dev.gasket.x86.tests.qemu;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** Runs command-line tools (binutils, QEMU) with a time limit and reports failures with their output. */
public final class ExternalTool {

	private ExternalTool() {
	}

	/** The executable {@code name} in a directory of {@code PATH}, if any. */
	public static Optional<Path> find(String name) {
		String path = System.getenv().getOrDefault("PATH", "");
		return Stream.of(path.split(File.pathSeparator))
				.filter(directory -> !directory.isEmpty())
				.map(directory -> Path.of(directory, name))
				.filter(Files::isExecutable)
				.findFirst();
	}

	/** Runs {@code command} in {@code directory} and returns its combined output; fails unless it exits 0. */
	public static String run(Path directory, Duration limit, List<String> command) throws IOException {
		Result result = runForResult(directory, limit, command);
		if (result.exitCode() != 0) {
			throw new IOException(String.join(" ", command) + " exited with " + result.exitCode() + ":\n"
					+ result.output());
		}
		return result.output();
	}

	/** Runs {@code command} and returns its exit code, output and wall time; fails only on timeout. */
	public static Result runForResult(Path directory, Duration limit, List<String> command) throws IOException {
		Path log = Files.createTempFile(directory, "tool", ".log");
		try {
			long start = System.nanoTime();
			Process process = new ProcessBuilder(command).directory(directory.toFile())
					.redirectErrorStream(true).redirectOutput(log.toFile()).start();
			try {
				if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
					throw new IOException(String.join(" ", command) + " did not finish within " + limit.toMillis()
							+ " ms");
				}
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new IOException("interrupted while running " + String.join(" ", command), e);
			} finally {
				process.destroyForcibly();
			}
			Duration wallTime = Duration.ofNanos(System.nanoTime() - start);
			return new Result(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8), wallTime);
		} finally {
			Files.deleteIfExists(log);
		}
	}

	/** What a finished tool run produced. */
	public record Result(int exitCode, String output, Duration wallTime) {
	}
}
