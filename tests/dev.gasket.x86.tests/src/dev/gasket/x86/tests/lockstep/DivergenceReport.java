package dev.gasket.x86.tests.lockstep;

import java.util.List;
import java.util.StringJoiner;

/** The failure message of a lockstep run: where it diverged, what differs, and both sides before and after. */
final class DivergenceReport {

	private static final int FIELDS_PER_LINE = 6;

	private DivergenceReport() {
	}

	/**
	 * @param step        number of instructions executed when the states were compared (0: reset state)
	 * @param instruction the instruction just executed
	 * @param problem     what went wrong, e.g. the differing fields
	 * @param before      QEMU and emulator state before the instruction, or null at reset
	 * @param after       QEMU and emulator state after it
	 */
	static String of(int step, String instruction, String problem, StatePair before, StatePair after) {
		StringBuilder text = new StringBuilder();
		text.append("lockstep divergence at step ").append(step).append(" after ").append(instruction).append('\n');
		text.append(problem).append('\n');
		if (before != null) {
			text.append("before, QEMU:     ").append(dump(before.qemu())).append('\n');
			text.append("before, emulator: ").append(dump(before.emulator())).append('\n');
		}
		text.append("after, QEMU:      ").append(dump(after.qemu())).append('\n');
		text.append("after, emulator:  ").append(dump(after.emulator()));
		return text.toString();
	}

	/** The second emulator, whose flags stay pending, differs from the one compared with QEMU. */
	static String ofPendingFlags(int step, String instruction, List<String> names, ComparedState flagsRead,
			ComparedState flagsPending) {
		StringJoiner fields = new StringJoiner("; ");
		for (String name : names) {
			fields.add(name + ": " + value(flagsRead, name) + " with flags read every step, " + value(flagsPending, name)
					+ " with flags pending");
		}
		return "the emulator's result depends on when its lazy flags are worked out, at step " + step + " after "
				+ instruction + "\ndiffering: " + fields + "\nflags read every step: " + dump(flagsRead)
				+ "\nflags pending:         " + dump(flagsPending);
	}

	/** {@code "rax: QEMU 0x1 emulator 0x2; ..."} for the named fields. */
	static String differences(List<String> names, StatePair states) {
		StringJoiner text = new StringJoiner("; ", "differing: ", "");
		for (String name : names) {
			text.add(name + ": QEMU " + value(states.qemu(), name) + " emulator " + value(states.emulator(), name));
		}
		return text.toString();
	}

	private static String value(ComparedState state, String name) {
		return name.equals("mode") ? state.mode().label() : "0x" + Long.toHexString(state.get(name));
	}

	private static String dump(ComparedState state) {
		StringBuilder text = new StringBuilder(state.mode().label());
		int count = 0;
		for (String name : state.fields().keySet()) {
			text.append(count++ % FIELDS_PER_LINE == 0 ? "\n    " : "  ").append(state.describe(name));
		}
		return text.toString();
	}

	/** The two sides' states at the same point. */
	record StatePair(ComparedState qemu, ComparedState emulator) {
	}
}
