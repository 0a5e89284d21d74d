package dev.gasket.debug.model;

import java.util.Optional;

import dev.gasket.debug.engine.SessionStop;
import dev.gasket.x86.cpu.CpuFault;

/** The console line that says why the program stopped, e.g. "CPU switched to 64-bit mode at trampoline_64.S:145". */
final class StopMessages {

	private StopMessages() {
	}

	/** Empty for the ends of steps, which the Debug view shows well enough. */
	static Optional<String> describe(Outcome outcome) {
		SessionStop stop = outcome.stop();
		if (outcome.stepEnded()) {
			return Optional.empty();
		}
		String where = stop.where() + stop.symbol().map(symbol -> " (" + symbol + ")").orElse("");
		return switch (stop.reason()) {
			case BREAKPOINT -> Optional.of("Breakpoint at " + where);
			case WATCHPOINT -> Optional.of("Watchpoint: " + stop.detail() + "; stopped at " + where);
			case MODE_CHANGE -> Optional.of("CPU switched to " + modeName(stop) + " at " + where);
			case EXCEPTION -> Optional.of(exception(stop, where));
			case TRIPLE_FAULT -> Optional.of("Triple fault at " + where + ": " + stop.detail() + "; the CPU has shut down");
			case HALTED -> Optional.of("CPU halted at " + where + ": " + stop.detail());
			case SUSPENDED -> Optional.of("Suspended at " + where);
			case STEP_END, INSTRUCTION_LIMIT -> Optional.empty();
		};
	}

	/** Faults and triple faults go to the error stream. */
	static boolean isError(Outcome outcome) {
		return switch (outcome.stop().reason()) {
			case EXCEPTION, TRIPLE_FAULT -> true;
			default -> false;
		};
	}

	private static String modeName(SessionStop stop) {
		String label = stop.mode().label();
		return label.endsWith("mode") ? label : label + " mode";
	}

	/** "#GP(0x0) at x.S:210: why", from the fault's "#GP(0x0): why". */
	private static String exception(SessionStop stop, String where) {
		String message = stop.exception().map(CpuFault::getMessage).orElse(stop.detail());
		int colon = message.indexOf(": ");
		return colon < 0 ? message + " at " + where : message.substring(0, colon) + " at " + where + message.substring(colon);
	}
}
