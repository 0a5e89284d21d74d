package dev.gasket.x86.tests.decode;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs GNU as, objcopy and objdump for the decoder tests. */
final class Binutils {

	private Binutils() {
	}

	/** Assembles {@code source} and flattens its .text to {@code binary}. */
	static void assemble(CodeMode mode, Path source, Path binary, Path work) throws IOException, InterruptedException {
		Path object = work.resolve("code.o");
		run(work, List.of("as", mode.asOption, "-o", object.toString(), source.toString()));
		run(work, List.of("objcopy", "-O", "binary", "-j", ".text", object.toString(), binary.toString()));
	}

	/** objdump's lines for the raw code in {@code binary}, decoded as {@code mode} code from offset 0. */
	static List<ObjdumpLine> disassemble(CodeMode mode, Path binary, Path work) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of("objdump", "-D", "-b", "binary", "--insn-width=15"));
		command.addAll(mode.machine);
		command.add(binary.toString());
		List<ObjdumpLine> lines = new ArrayList<>();
		for (String line : run(work, command).split("\n")) {
			ObjdumpLine parsed = ObjdumpLine.parse(line);
			if (parsed != null) {
				lines.add(parsed);
			}
		}
		return List.copyOf(lines);
	}

	/** Runs a command; fails the test with its output unless it exits 0 without diagnostics. */
	private static String run(Path work, List<String> command) throws IOException, InterruptedException {
		Path out = work.resolve("stdout.txt");
		Path err = work.resolve("stderr.txt");
		Process process;
		try {
			process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
		} catch (IOException e) {
			throw new AssertionError(command.get(0) + " is not runnable; install binutils (Debian: apt-get install binutils)", e);
		}
		if (!process.waitFor(60, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			fail(String.join(" ", command) + " did not finish");
		}
		String errors = Files.readString(err, StandardCharsets.UTF_8);
		if (process.exitValue() != 0 || !errors.isBlank()) {
			fail(String.join(" ", command) + " exited " + process.exitValue() + ":\n" + errors);
		}
		return Files.readString(out, StandardCharsets.UTF_8);
	}
}
