package dev.gasket.lang.instructions;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A mnemonic as written, resolved to its instruction and the operation sizes its suffix spells.
 *
 * @param suffixSizesInBits {@code btsl} → [32], {@code movzbl} → [8, 32], {@code call} → []
 */
public record MnemonicUse(String written, InstructionInfo instruction, List<Integer> suffixSizesInBits) {

	public MnemonicUse {
		suffixSizesInBits = List.copyOf(suffixSizesInBits);
	}

	/** Written as an alias that stands for a suffix, like string {@code movsd}, which takes no operands. */
	public boolean isSuffixAlias() {
		String spelling = written.toLowerCase(Locale.ROOT);
		return instruction.aliases().stream()
				.anyMatch(alias -> alias.spelling().equals(spelling) && !alias.suffixLetters().isEmpty());
	}

	/** The suffix the written mnemonic carries, if any. */
	public Optional<SizeSuffix> suffix() {
		String spelling = written.toLowerCase(Locale.ROOT);
		if (suffixSizesInBits.isEmpty()) {
			return Optional.empty();
		}
		Optional<SizeSuffix> ofAlias = instruction.aliases().stream()
				.filter(alias -> alias.spelling().equals(spelling)).findFirst()
				.flatMap(alias -> instruction.suffix(alias.suffixLetters()));
		if (ofAlias.isPresent() || !spelling.startsWith(instruction.stem())) {
			return ofAlias;
		}
		return instruction.suffix(spelling.substring(instruction.stem().length()));
	}
}
