package dev.gasket.x86.tests.qemu;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Support for timing QEMU's Linux user-mode emulator ({@code qemu-x86_64}) on {@code resources/qemu/user_loop.S},
 * a static, libc-free program that runs a tight integer loop and exits 0.
 */
public final class QemuUserBench {

	public static final String EXECUTABLE = "qemu-x86_64";
	private static final Duration TOOL_LIMIT = Duration.ofSeconds(30);

	private QemuUserBench() {
	}

	public static boolean isInstalled() {
		return ExternalTool.find(EXECUTABLE).isPresent();
	}

	/** Skips the calling test, saying what to install, when {@code qemu-x86_64} is not on {@code PATH}. */
	public static void assumeInstalled() {
		ToolAssumptions.assumeOnPath(EXECUTABLE, "qemu-user");
	}

	/** Assembles and links the loop with {@code iterations} (at least 1) rounds; returns the executable. */
	public static Path buildLoop(Path directory, long iterations) throws IOException {
		if (iterations < 1) {
			throw new IllegalArgumentException("the loop needs at least one iteration, not " + iterations);
		}
		Path object = directory.resolve("user_loop.o");
		Path executable = directory.resolve("user_loop");
		ExternalTool.run(directory, TOOL_LIMIT, List.of("as", "--64", "--defsym", "ITERATIONS=" + iterations,
				"-o", object.toString(), QemuResources.file("user_loop.S").toString()));
		ExternalTool.run(directory, TOOL_LIMIT, List.of("ld", "-m", "elf_x86_64", "-static", "-nostdlib",
				"-e", "_start", "-o", executable.toString(), object.toString()));
		return executable;
	}

	/** Runs {@code executable} under {@code qemu-x86_64}; the result holds exit code, output and wall time. */
	public static ExternalTool.Result run(Path executable, Duration limit) throws IOException {
		return ExternalTool.runForResult(executable.getParent(), limit, List.of(EXECUTABLE, executable.toString()));
	}

	/** Wall time of one run, including QEMU's start-up; fails if the program does not exit 0. */
	public static Duration wallTime(Path executable, Duration limit) throws IOException {
		ExternalTool.Result result = run(executable, limit);
		if (result.exitCode() != 0) {
			throw new IOException(EXECUTABLE + " " + executable + " exited with " + result.exitCode() + ":\n"
					+ result.output());
		}
		return result.wallTime();
	}
}
