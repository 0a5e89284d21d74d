package dev.gasket.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import dev.gasket.debug.engine.Breakpoint;
import dev.gasket.debug.engine.BuildFailedException;
import dev.gasket.debug.engine.DebugSession;
import dev.gasket.debug.engine.SessionListener;
import dev.gasket.debug.engine.SessionStop;
import dev.gasket.debug.engine.SessionStopReason;
import dev.gasket.toolchain.ToolchainException;
import dev.gasket.toolchain.dwarf.SourceLocation;
import dev.gasket.x86.machine.Machine;
import dev.gasket.toolchain.build.WorkDirectories;

/**
 * {@code gasket run FILE…}: builds with GNU binutils, runs in the emulator and prints every stop with registers,
 * console output as it arrives and, with {@code --trace}, each instruction. Exit 0 at hlt or the step limit,
 * 2 when the program does not build (or the options are wrong), 3 on a triple fault.
 */
final class RunCommand {

	static final int TRIPLE_FAULT = 3;

	private final PrintStream out;
	private final PrintStream err;

	RunCommand(PrintStream out, PrintStream err) {
		this.out = out;
		this.err = err;
	}

	int run(List<String> arguments) {
		RunOptions options;
		try {
			options = RunOptions.parse(arguments);
		} catch (IllegalArgumentException e) {
			err.println("gasket run: " + e.getMessage() + " (see gasket --help)");
			return GasketCli.USAGE_ERROR;
		}
		Path workDirectory = null;
		try {
			workDirectory = Files.createTempDirectory("gasket-run");
			DebugSession session = DebugSession.start(options.session(), workDirectory);
			return run(session, options);
		} catch (BuildFailedException e) {
			e.diagnostics().forEach(diagnostic -> err.println(BuildFailedException.format(diagnostic)));
			return GasketCli.USAGE_ERROR;
		} catch (ToolchainException | IOException | IllegalArgumentException e) {
			err.println("gasket run: " + e.getMessage());
			return GasketCli.USAGE_ERROR;
		} finally {
			WorkDirectories.delete(workDirectory);
		}
	}

	private int run(DebugSession session, RunOptions options) {
		for (String spec : options.breakpoints()) {
			int condition = spec.indexOf(" if ");
			Breakpoint breakpoint = condition < 0 ? session.addBreakpoint(spec, Optional.empty())
					: session.addBreakpoint(spec.substring(0, condition).trim(), Optional.of(spec.substring(condition + 4)));
			if (!breakpoint.note().isEmpty()) {
				out.println("break " + spec + ": " + breakpoint.note());
			}
		}
		options.watches().forEach(session::watch);
		session.setStopOnModeChange(options.stopOnModeChange());
		session.addListener(new SessionListener() {
			@Override
			public void console(String line) {
				out.println("console: " + line);
			}
		});
		StopPrinter printer = new StopPrinter(out);
		Machine machine = session.machine();
		long limit = machine.instructionCount() + options.maxSteps();
		while (true) {
			long remaining = limit - machine.instructionCount();
			SessionStop stop = options.trace() ? traceUntilStop(session, remaining) : session.resume(remaining);
			session.flushConsole();
			printer.print(stop, machine.cpu());
			switch (stop.reason()) {
				case HALTED, INSTRUCTION_LIMIT, SUSPENDED -> {
					return GasketCli.OK;
				}
				case TRIPLE_FAULT -> {
					return TRIPLE_FAULT;
				}
				default -> {
					if (remaining <= 0) {
						return GasketCli.OK;
					}
				}
			}
		}
	}

	/** One line per instruction (address, AT&T text, source line), stepping until something other than a step ends. */
	private SessionStop traceUntilStop(DebugSession session, long remaining) {
		Machine machine = session.machine();
		for (long step = 0; step < remaining; step++) {
			long address = machine.linearRip();
			String text;
			try {
				text = machine.interpreter().peek().toString();
			} catch (RuntimeException undecodable) {
				text = "(" + undecodable.getMessage() + ")";
			}
			if (step > 0) {
				Optional<SessionStop> breakpoint = session.breakpointHere();
				if (breakpoint.isPresent()) {
					return breakpoint.get();
				}
			}
			String source = session.program().location(address).map(RunCommand::format).orElse("");
			out.printf("trace: 0x%08x  %-40s %s%n", address, text, source);
			SessionStop stop = session.stepInstruction();
			if (stop.reason() != SessionStopReason.STEP_END) {
				return stop;
			}
		}
		return session.resume(0);
	}

	private static String format(SourceLocation location) {
		return location.file().getFileName() + ":" + location.line();
	}

}
