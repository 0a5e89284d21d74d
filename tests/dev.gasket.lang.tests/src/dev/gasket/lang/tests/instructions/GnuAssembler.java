package dev.gasket.lang.tests.instructions;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.gasket.lang.instructions.CodeMode;

/** Runs GNU as on a list of lines and reports which lines it rejected. */
final class GnuAssembler {

	static final Path AS = Path.of("/usr/bin/as");
	private static final Pattern ERROR = Pattern.compile("^[^:]*:(\\d+): Error: (.*)$");

	private GnuAssembler() {
	}

	static void requireAs() {
		assertTrue(Files.isExecutable(AS),
				"GNU as is missing at " + AS + "; install binutils (Debian: apt-get install binutils)");
	}

	/**
	 * Assembles {@code lines} for {@code mode} (16-bit code as {@code .code16} under {@code --32}) and returns
	 * the error messages by index into {@code lines}.
	 */
	static Map<Integer, List<String>> errors(Path directory, String name, CodeMode mode, List<String> lines,
			String... extraOptions) throws IOException, InterruptedException {
		requireAs();
		Path source = directory.resolve(name + ".s");
		Path log = directory.resolve(name + ".log");
		List<String> text = new ArrayList<>();
		text.add(mode.directive());
		text.addAll(lines);
		Files.write(source, text, StandardCharsets.UTF_8);
		List<String> command = new ArrayList<>(List.of(AS.toString(), mode == CodeMode.BITS_64 ? "--64" : "--32"));
		command.addAll(List.of(extraOptions));
		command.addAll(List.of("-o", directory.resolve(name + ".o").toString(), source.toString()));
		Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
		if (!process.waitFor(120, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			fail("GNU as did not finish on " + source);
		}
		Map<Integer, List<String>> errors = new HashMap<>();
		for (String message : Files.readAllLines(log, StandardCharsets.UTF_8)) {
			Matcher error = ERROR.matcher(message);
			if (error.matches()) {
				errors.computeIfAbsent(Integer.parseInt(error.group(1)) - 2, index -> new ArrayList<>())
						.add(error.group(2));
			}
		}
		if (process.exitValue() != 0 && errors.isEmpty()) {
			fail("GNU as failed without line errors: " + Files.readString(log));
		}
		return errors;
	}
}
