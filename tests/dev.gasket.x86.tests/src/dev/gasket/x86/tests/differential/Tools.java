package dev.gasket.x86.tests.differential;

import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the host's programs (gcc, as, nm, objcopy, the harness) with files for their streams. */
final class Tools {

	private Tools() {
	}

	/**
	 * Runs {@code command} and returns its exit code.
	 *
	 * @param input file for stdin, or null for none
	 * @param output file for stdout, or null to send it to {@code log} with stderr
	 */
	static int run(List<String> command, Path input, Path output, Path log, long timeoutSeconds)
			throws IOException, InterruptedException {
		ProcessBuilder builder = new ProcessBuilder(command);
		builder.redirectInput(input == null ? Redirect.from(Path.of("/dev/null").toFile()) : Redirect.from(input.toFile()));
		if (output == null) {
			builder.redirectErrorStream(true).redirectOutput(log.toFile());
		} else {
			builder.redirectOutput(output.toFile()).redirectError(log.toFile());
		}
		Process process;
		try {
			process = builder.start();
		} catch (IOException notFound) {
			throw new IOException("cannot run " + command.get(0) + " (is it installed and on PATH?)", notFound);
		}
		if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			throw new IOException(String.join(" ", command) + " did not finish within " + timeoutSeconds + " s");
		}
		return process.exitValue();
	}
}
