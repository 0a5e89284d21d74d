package dev.gasket.x86.tests.decode;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A test assembly file built with GNU as, flattened with objcopy and listed by objdump: the code bytes and
 * objdump's line for each instruction. Built once per mode and shared by the tests.
 */
record ReferenceDisassembly(CodeMode mode, byte[] code, List<ObjdumpLine> lines) {

	static final Path SOURCES = Path.of("resources", "decode");
	private static final Map<CodeMode, ReferenceDisassembly> BUILT = new EnumMap<>(CodeMode.class);

	static synchronized ReferenceDisassembly of(CodeMode mode) throws IOException, InterruptedException {
		ReferenceDisassembly built = BUILT.get(mode);
		if (built == null) {
			built = build(mode);
			BUILT.put(mode, built);
		}
		return built;
	}

	private static ReferenceDisassembly build(CodeMode mode) throws IOException, InterruptedException {
		Path source = SOURCES.resolve(mode.source).toAbsolutePath();
		assertTrue(Files.isRegularFile(source), "test source missing: " + source + " (the working directory must be the test bundle)");
		Path work = Files.createTempDirectory("gasket-objdump-");
		try {
			Path object = work.resolve("code.o");
			Path binary = work.resolve("code.bin");
			run(work, List.of("as", mode.asOption, "-o", object.toString(), source.toString()));
			run(work, List.of("objcopy", "-O", "binary", "-j", ".text", object.toString(), binary.toString()));
			List<String> objdump = new ArrayList<>(List.of("objdump", "-D", "-b", "binary", "--insn-width=15"));
			objdump.addAll(mode.machine);
			objdump.add(binary.toString());
			String listing = run(work, objdump);
			List<ObjdumpLine> lines = new ArrayList<>();
			for (String line : listing.split("\n")) {
				ObjdumpLine parsed = ObjdumpLine.parse(line);
				if (parsed != null) {
					lines.add(parsed);
				}
			}
			return new ReferenceDisassembly(mode, Files.readAllBytes(binary), List.copyOf(lines));
		} finally {
			try (Stream<Path> files = Files.walk(work)) {
				for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
					Files.delete(path);
				}
			}
		}
	}

	/** Runs a binutils command; fails the test with its output unless it exits 0 without diagnostics. */
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
