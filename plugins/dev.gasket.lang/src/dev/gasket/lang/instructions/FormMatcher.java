package dev.gasket.lang.instructions;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import dev.gasket.lang.instructions.FormMatch.Matched;
import dev.gasket.lang.instructions.FormMatch.Mismatch;
import dev.gasket.lang.instructions.FormMatch.Problem;
import dev.gasket.lang.instructions.OperandShape.Kind;

/**
 * Matches one reading of a mnemonic against written operands. The checks run from coarse to fine (count, mode,
 * registers, kinds, form mode, then {@link OperandSizing}) so that the first problem found is the one worth
 * reporting.
 */
final class FormMatcher {

	FormMatch match(MnemonicUse use, List<OperandShape> operands, CodeMode mode) {
		InstructionInfo instruction = use.instruction();
		String written = use.written();
		boolean suffixAlias = use.isSuffixAlias();
		List<InstructionForm> counted = instruction.forms().stream()
				.filter(form -> form.operands().size() == operands.size())
				.filter(form -> form.operands().isEmpty() || !suffixAlias).toList();
		if (counted.isEmpty()) {
			return new Mismatch(Problem.OPERAND_COUNT,
					"`%s` takes %s, found %d".formatted(written, operandCounts(use), operands.size()));
		}
		Optional<SizeSuffix> suffix = use.suffix();
		if (!instruction.modes().allows(mode) || suffix.isPresent() && !suffix.get().modes().allows(mode)) {
			return new Mismatch(Problem.INVALID_IN_MODE, "`%s` is not valid in %s".formatted(written, mode.describe()));
		}
		for (OperandShape operand : operands) {
			Optional<X86Register> register = operand.register();
			if (register.isPresent() && register.get().onlyIn64BitMode() && mode != CodeMode.BITS_64) {
				return new Mismatch(Problem.REGISTER_NOT_IN_MODE,
						"%s is not available in %s".formatted(register.get().name(), mode.describe()));
			}
		}
		List<InstructionForm> fitting = counted.stream().filter(form -> kindsFit(form, operands, mode)).toList();
		if (fitting.isEmpty()) {
			return kindsMismatch(written, counted, operands);
		}
		List<InstructionForm> inMode = fitting.stream().filter(form -> form.modes().allows(mode)).toList();
		if (inMode.isEmpty()) {
			return new Mismatch(Problem.INVALID_IN_MODE, "`%s %s` is not valid in %s"
					.formatted(written, fitting.get(0).describe(), mode.describe()));
		}
		List<InstructionForm> candidates = suffix.isEmpty() ? inMode
				: inMode.stream().filter(InstructionForm::suffixAllowed).toList();
		if (candidates.isEmpty()) {
			return new Mismatch(Problem.OPERAND_KINDS, "`%s` takes no size suffix with %s; write `%s`"
					.formatted(written, describe(operands), instruction.mnemonic()));
		}
		FormMatch first = null;
		for (InstructionForm form : candidates) {
			FormMatch result = new OperandSizing(use, form, operands, mode).match();
			if (result instanceof Matched) {
				return result;
			}
			first = first == null ? result : first;
		}
		return first;
	}

	private static boolean kindsFit(InstructionForm form, List<OperandShape> operands, CodeMode mode) {
		return IntStream.range(0, operands.size())
				.allMatch(i -> form.operands().get(i).choiceFor(operands.get(i), mode).isPresent());
	}

	private static Mismatch kindsMismatch(String written, List<InstructionForm> counted,
			List<OperandShape> operands) {
		long memoryOperands = operands.stream()
				.filter(operand -> operand.kind() == Kind.MEMORY || operand.kind() == Kind.EXPRESSION).count();
		String message;
		if (memoryOperands >= 2) {
			message = "`%s` cannot take two memory operands".formatted(written);
		} else if (counted.size() == 1) {
			message = "`%s` takes %s, found %s".formatted(written, counted.get(0).describe(), describe(operands));
		} else {
			message = "`%s` takes one of %s; found %s".formatted(written,
					counted.stream().map(InstructionForm::describe).distinct().collect(Collectors.joining(" | ")),
					describe(operands));
		}
		return new Mismatch(Problem.OPERAND_KINDS, message);
	}

	private static String describe(List<OperandShape> operands) {
		return operands.stream().map(OperandShape::describe).collect(Collectors.joining(", "));
	}

	private static String operandCounts(MnemonicUse use) {
		List<Integer> counts = use.isSuffixAlias() ? List.of(0)
				: use.instruction().forms().stream().map(form -> form.operands().size()).distinct().sorted().toList();
		if (counts.equals(List.of(0))) {
			return "no operands";
		}
		String numbers = counts.size() == 1 ? counts.get(0).toString()
				: counts.subList(0, counts.size() - 1).stream().map(String::valueOf).collect(Collectors.joining(", "))
						+ " or " + counts.get(counts.size() - 1);
		return numbers + (counts.equals(List.of(1)) ? " operand" : " operands");
	}
}
