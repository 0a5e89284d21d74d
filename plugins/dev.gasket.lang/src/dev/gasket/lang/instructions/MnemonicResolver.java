package dev.gasket.lang.instructions;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Maps every spelling of every instruction to its readings. Looking spellings up, rather than stripping
 * suffix-looking letters, keeps {@code call}, {@code shl}, {@code setb} and {@code cmpxchg8b} whole.
 */
final class MnemonicResolver {

	private record Reading(InstructionInfo instruction, List<Integer> sizesInBits) {
	}

	private final Map<String, List<Reading>> readings = new HashMap<>();

	/** Readings are ordered exact mnemonic first, then aliases, then suffixed spellings; table order breaks ties. */
	MnemonicResolver(Collection<InstructionInfo> instructions) {
		for (InstructionInfo instruction : instructions) {
			add(instruction.mnemonic(), instruction, List.of());
		}
		for (InstructionInfo instruction : instructions) {
			for (InstructionInfo.Alias alias : instruction.aliases()) {
				List<Integer> sizes = alias.suffixLetters().isEmpty() ? List.of()
						: instruction.suffix(alias.suffixLetters()).orElseThrow().sizesInBits();
				add(alias.spelling(), instruction, sizes);
			}
		}
		for (InstructionInfo instruction : instructions) {
			for (SizeSuffix suffix : instruction.suffixes()) {
				if (suffix.spelled()) {
					add(instruction.stem() + suffix.letters(), instruction, suffix.sizesInBits());
				}
			}
		}
	}

	private void add(String spelling, InstructionInfo instruction, List<Integer> sizes) {
		readings.computeIfAbsent(spelling, key -> new ArrayList<>()).add(new Reading(instruction, sizes));
	}

	/** All readings of a written mnemonic, preferred first; empty when it is unknown. */
	List<MnemonicUse> resolveAll(String written) {
		return readings.getOrDefault(written.toLowerCase(Locale.ROOT), List.of()).stream()
				.map(reading -> new MnemonicUse(written, reading.instruction(), reading.sizesInBits()))
				.toList();
	}
}
