package dev.gasket.lang.instructions;

import java.util.OptionalInt;

/** The outcome of matching written operands against an instruction's forms. */
public sealed interface FormMatch {

	/**
	 * @param operationSizeInBits the size the suffix, registers or the mode's default give; for two-size
	 *                            instructions ({@code movzbl}) the destination's
	 * @param memoryAccessBytes   how many bytes the memory operand reads or writes, when that is known and
	 *                            meaningful (empty for {@code lea}, {@code invlpg}, {@code nop}, or an unsized
	 *                            {@code inc foo})
	 */
	record Matched(InstructionForm form, OptionalInt operationSizeInBits, OptionalInt memoryAccessBytes)
			implements FormMatch {
	}

	record Mismatch(Problem problem, String message) implements FormMatch {
	}

	enum Problem {
		OPERAND_COUNT, OPERAND_KINDS, SUFFIX_VS_REGISTER, INVALID_IN_MODE, REGISTER_NOT_IN_MODE
	}
}
