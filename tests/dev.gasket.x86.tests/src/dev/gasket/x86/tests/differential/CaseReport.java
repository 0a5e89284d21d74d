package dev.gasket.x86.tests.differential;

import java.util.List;

import dev.gasket.x86.cpu.Flags;

/** The text of a failed differential case: enough to understand it and to run it again. */
final class CaseReport {

	private CaseReport() {
	}

	static String describe(long seed, long index, AssembledSnippet assembled, HarnessLayout layout, Outcome host,
			Outcome emulator, List<String> differences) {
		StringBuilder text = new StringBuilder();
		text.append("case ").append(index).append(" of seed ").append(seed).append(" (again alone with -D")
				.append(DifferentialSettings.SEED).append('=').append(seed).append(" -D").append(DifferentialSettings.FIRST)
				.append('=').append(index).append(" -D").append(DifferentialSettings.CASES).append("=1)\n");
		text.append("snippet at ").append(Long.toHexString(layout.codeBase())).append(":\n");
		Snippet snippet = assembled.snippet();
		int[] offsets = assembled.offsets();
		for (int i = 0; i < snippet.instructions().size(); i++) {
			String bytes = Hex.bytes(assembled.code(), offsets[i], offsets[i + 1]);
			text.append(String.format("  +%-3x %-40s # %s%n", offsets[i], snippet.instructions().get(i), bytes));
		}
		text.append("as source:\n").append(snippet.source());
		text.append("input:\n");
		appendRegisters(text, snippet.registers());
		text.append("  rflags ").append(Flags.describe(snippet.rflags())).append('\n');
		text.append("differences:\n");
		differences.forEach(difference -> text.append("  ").append(difference).append('\n'));
		appendOutcome(text, "host", host);
		appendOutcome(text, "emulator", emulator);
		return text.toString();
	}

	/** Appends nothing for a null {@code outcome} (the run did not produce one). */
	private static void appendOutcome(StringBuilder text, String name, Outcome outcome) {
		if (outcome == null) {
			return;
		}
		text.append(name).append(": ").append(OutcomeComparison.describe(outcome)).append(", rip ")
				.append(Long.toHexString(outcome.rip())).append(", rflags ").append(Flags.describe(outcome.rflags()))
				.append('\n');
		appendRegisters(text, outcome.registers());
	}

	private static void appendRegisters(StringBuilder text, long[] registers) {
		for (int i = 0; i < registers.length; i++) {
			text.append(String.format("  %-3s %s", Register.name64(i), Hex.qword(registers[i])));
			if (i % 4 == 3) {
				text.append('\n');
			}
		}
	}
}
