package dev.gasket.x86.tests.differential;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import dev.gasket.x86.cpu.Flags;

/**
 * Compares how two runs of the same case ended (the host CPU's and the emulator's): exception, RIP, the
 * registers and flags that are defined where the run stopped, and the whole data area.
 */
final class OutcomeComparison {

	private static final int MAX_DATA_DIFFERENCES = 8;

	private OutcomeComparison() {
	}

	/** The differences, one line each; empty when the outcomes agree. */
	static List<String> differences(AssembledSnippet assembled, HarnessLayout layout, Outcome expected,
			Outcome actual) {
		List<String> differences = new ArrayList<>();
		if (!Objects.equals(expected.exception(), actual.exception())) {
			differences.add("exception: expected " + describe(expected) + ", got " + describe(actual));
		}
		if (expected.rip() != actual.rip()) {
			differences.add("rip: expected " + Hex.qword(expected.rip()) + ", got " + Hex.qword(actual.rip()));
		}
		int boundary = stopBoundary(assembled, layout, expected);
		Snippet snippet = assembled.snippet();
		int undefinedRegisters = boundary < 0 ? -1 : snippet.undefinedRegisters()[boundary];
		for (int i = 0; i < 16; i++) {
			if ((undefinedRegisters & 1 << i) == 0 && expected.registers()[i] != actual.registers()[i]) {
				differences.add(Register.name64(i) + ": expected " + Hex.qword(expected.registers()[i]) + ", got "
						+ Hex.qword(actual.registers()[i]));
			}
		}
		long compared = comparedFlags(snippet, boundary);
		if ((expected.rflags() & compared) != (actual.rflags() & compared)) {
			differences.add("rflags (comparing " + Flags.describe(compared) + "): expected "
					+ Flags.describe(expected.rflags() & compared) + ", got " + Flags.describe(actual.rflags() & compared));
		}
		addDataDifferences(differences, layout, snippet.data(), expected.data(), actual.data());
		return differences;
	}

	/** The status flags and DF, less those undefined where the run stopped. */
	private static long comparedFlags(Snippet snippet, int boundary) {
		long undefined = 0;
		if (boundary < 0) {
			for (long flags : snippet.undefinedFlags()) {
				undefined |= flags;
			}
		} else {
			undefined = snippet.undefinedFlags()[boundary];
		}
		return (FlagEffects.STATUS | FlagEffects.DF) & ~undefined;
	}

	/** The instruction boundary the reference run stopped at (the instruction count when it completed); -1 if none. */
	private static int stopBoundary(AssembledSnippet assembled, HarnessLayout layout, Outcome reference) {
		return assembled.instructionAt(reference.rip() - layout.codeBase());
	}

	private static void addDataDifferences(List<String> differences, HarnessLayout layout, byte[] initial,
			byte[] expected, byte[] actual) {
		int reported = 0;
		for (int offset = 0; offset < expected.length && reported < MAX_DATA_DIFFERENCES; offset++) {
			if (expected[offset] != actual[offset]) {
				int end = offset;
				while (end < expected.length && end < offset + 16 && expected[end] != actual[end]) {
					end++;
				}
				differences.add("memory " + Long.toHexString(layout.dataBase() + offset) + ": initially "
						+ Hex.bytes(initial, offset, end) + ", expected " + Hex.bytes(expected, offset, end) + ", got "
						+ Hex.bytes(actual, offset, end));
				reported++;
				offset = end;
			}
		}
	}

	static String describe(Outcome outcome) {
		return outcome.completed() ? "completion"
				: outcome.exception().mnemonic() + " at " + Long.toHexString(outcome.rip());
	}
}
