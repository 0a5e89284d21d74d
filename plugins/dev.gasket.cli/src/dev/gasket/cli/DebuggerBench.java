package dev.gasket.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import dev.gasket.debug.engine.BuildFailedException;
import dev.gasket.debug.engine.DebugSession;
import dev.gasket.debug.engine.SessionSettings;
import dev.gasket.debug.engine.SessionStop;
import dev.gasket.debug.engine.SessionStopReason;
import dev.gasket.debug.engine.StartState;
import dev.gasket.toolchain.Binutils;
import dev.gasket.toolchain.ToolchainException;
import dev.gasket.toolchain.build.BuildSettings;
import dev.gasket.toolchain.build.ProgramBuilder;

/**
 * {@code gasket bench --debugger}: launch to the first stop (build + load + run to a breakpoint) against the build alone,
 * and the single-step round trip against the time per instruction of an uninterrupted run, both in one process.
 */
final class DebuggerBench {

	private static final String LOOP = """
				.text
				.code64
				.globl _start
			_start:
				movl $%d, %%ecx
			loop:
				addq %%rcx, %%rax
				decl %%ecx
				jnz loop
			stop_here:
				hlt
			""";
	private static final int STEPS = 30_000;

	private final PrintStream out;

	DebuggerBench(PrintStream out) {
		this.out = out;
	}

	int run(Path workspace, int rounds) throws IOException, ToolchainException, BuildFailedException {
		Path source = Files.writeString(workspace.resolve("loop.S"), String.format(LOOP, STEPS));
		BuildSettings build = BuildSettings.of(List.of(source));
		SessionSettings settings = SessionSettings.of(build).withStart(StartState.LONG4);
		long buildOnly = Long.MAX_VALUE;
		long launch = Long.MAX_VALUE;
		long stepping = Long.MAX_VALUE;
		long running = Long.MAX_VALUE;
		for (int round = 0; round < rounds + 1; round++) {
			Path directory = Files.createDirectories(workspace.resolve("round" + round));
			long start = System.nanoTime();
			new ProgramBuilder(Binutils.fromPath("")).build(build, directory.resolve("build"));
			buildOnly = Math.min(buildOnly, System.nanoTime() - start);

			start = System.nanoTime();
			DebugSession session = DebugSession.start(settings, directory.resolve("session"));
			session.addBreakpoint("stop_here", Optional.empty());
			SessionStop first = session.resume(Long.MAX_VALUE);
			launch = Math.min(launch, System.nanoTime() - start);
			expect(first, SessionStopReason.BREAKPOINT);

			DebugSession stepped = DebugSession.start(settings, directory.resolve("stepped"));
			start = System.nanoTime();
			for (int i = 0; i < STEPS; i++) {
				expect(stepped.stepInstruction(), SessionStopReason.STEP_END);
			}
			stepping = Math.min(stepping, System.nanoTime() - start);

			DebugSession ran = DebugSession.start(settings, directory.resolve("ran"));
			start = System.nanoTime();
			expect(ran.resume(STEPS), SessionStopReason.INSTRUCTION_LIMIT);
			running = Math.min(running, System.nanoTime() - start);
		}
		out.printf("debugger, best of %d rounds after warm-up%n", rounds);
		out.printf("launch to first stop: %.1f ms; the build alone: %.1f ms; ratio %.2f%n", launch / 1e6, buildOnly / 1e6,
				(double) launch / buildOnly);
		out.printf("single step round trip: %.2f us; one instruction of a run: %.3f us; ratio %.1f%n", stepping / 1e3 / STEPS,
				running / 1e3 / STEPS, (double) stepping / running);
		return GasketCli.OK;
	}

	private static void expect(SessionStop stop, SessionStopReason reason) {
		if (stop.reason() != reason) {
			throw new IllegalStateException("benchmark program stopped with " + stop.reason() + " instead of " + reason + " at " + stop.where());
		}
	}
}
