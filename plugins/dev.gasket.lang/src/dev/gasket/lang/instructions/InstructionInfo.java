package dev.gasket.lang.instructions;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the instruction table says about one base mnemonic.
 *
 * @param family        general-purpose, system, x87, mmx, sse, avx or avx-512
 * @param description   one paragraph in plain words
 * @param modes         where the instruction exists at all; forms and suffixes may narrow it further
 * @param forms         operand combinations in AT&T order, most specific first
 * @param suffixes      operation sizes and their suffixes; empty when the instruction has no operation size
 * @param stem          what suffixes attach to: the mnemonic, except {@code movz} for {@code movzx}
 * @param aliases       other spellings of the same instruction ({@code cdqe} for {@code cltq})
 * @param acceptedByGas false for the few instructions GNU as 2.40 does not know ({@code salc})
 */
public record InstructionInfo(String mnemonic, String family, String description, ModeValidity modes,
		List<InstructionForm> forms, List<SizeSuffix> suffixes, String stem, List<Alias> aliases,
		DefaultSize defaultSize, boolean acceptedByGas) {

	/** @param suffixLetters the suffix the alias stands for ({@code l} for string {@code movsd}), or "" */
	public record Alias(String spelling, String suffixLetters) {
	}

	public InstructionInfo {
		forms = List.copyOf(forms);
		suffixes = List.copyOf(suffixes);
		aliases = List.copyOf(aliases);
	}

	/** How many operation sizes a suffix can carry: 0, 1, or 2 for {@code movzbl}. */
	public int slotCount() {
		return suffixes.stream().mapToInt(suffix -> suffix.sizesInBits().size()).max().orElse(0);
	}

	public Optional<SizeSuffix> suffix(String letters) {
		return suffixes.stream().filter(suffix -> suffix.spelled() && suffix.letters().equals(letters)).findFirst();
	}

	/** Every way to write the mnemonic, for content assist: {@code add}, {@code addb} … {@code addq}. */
	public List<String> spellings() {
		List<String> spellings = new ArrayList<>();
		spellings.add(mnemonic);
		aliases.forEach(alias -> spellings.add(alias.spelling()));
		suffixes.stream().filter(SizeSuffix::spelled).forEach(suffix -> spellings.add(stem + suffix.letters()));
		return spellings;
	}
}
