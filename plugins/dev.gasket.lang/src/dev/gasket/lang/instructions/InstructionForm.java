package dev.gasket.lang.instructions;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One operand combination of an instruction, in AT&T order (source first).
 *
 * @param mnemonic        the base mnemonic of the instruction the form belongs to
 * @param allowedSizes    operation sizes (slot 0, in bits) this form takes; empty means all the instruction takes
 * @param suffixAllowed   false where GNU as refuses a size suffix ({@code jmp label})
 */
public record InstructionForm(String mnemonic, List<OperandPattern> operands, ModeValidity modes,
		Set<Integer> allowedSizes, boolean suffixAllowed) {

	public InstructionForm {
		operands = List.copyOf(operands);
		allowedSizes = Set.copyOf(allowedSizes);
	}

	/** For messages: {@code $imm, r/m}. */
	public String describe() {
		return operands.stream().map(OperandPattern::describe).collect(Collectors.joining(", "));
	}
}
