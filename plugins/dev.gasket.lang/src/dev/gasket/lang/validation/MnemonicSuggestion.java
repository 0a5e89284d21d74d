package dev.gasket.lang.validation;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import dev.gasket.lang.instructions.InstructionInfo;
import dev.gasket.lang.instructions.InstructionSet;

/**
 * The mnemonic a typo most likely meant ({@code mvol} → {@code movl}): the nearest spelling in the instruction table
 * by edits, where swapping two neighbouring letters counts as one edit.
 */
final class MnemonicSuggestion {
	private final List<String> spellings;

	MnemonicSuggestion(InstructionSet instructions) {
		spellings = instructions.instructions().stream().map(InstructionInfo::spellings).flatMap(List::stream).distinct().toList();
	}

	Optional<String> forTypo(String written) {
		String typo = written.toLowerCase(Locale.ROOT);
		int allowed = typo.length() <= 3 ? 1 : 2;
		String best = null;
		int bestDistance = allowed + 1;
		for (String spelling : spellings) {
			if (Math.abs(spelling.length() - typo.length()) > allowed) {
				continue;
			}
			int distance = distance(typo, spelling);
			if (distance < bestDistance) {
				best = spelling;
				bestDistance = distance;
			}
		}
		return Optional.ofNullable(best);
	}

	/** Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps. */
	static int distance(String from, String to) {
		int[][] d = new int[from.length() + 1][to.length() + 1];
		for (int i = 0; i <= from.length(); i++) {
			d[i][0] = i;
		}
		for (int j = 0; j <= to.length(); j++) {
			d[0][j] = j;
		}
		for (int i = 1; i <= from.length(); i++) {
			for (int j = 1; j <= to.length(); j++) {
				int cost = from.charAt(i - 1) == to.charAt(j - 1) ? 0 : 1;
				d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
				if (i > 1 && j > 1 && from.charAt(i - 1) == to.charAt(j - 2) && from.charAt(i - 2) == to.charAt(j - 1)) {
					d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
				}
			}
		}
		return d[from.length()][to.length()];
	}
}
