package dev.gasket.lang.instructions;

import java.util.OptionalInt;

/** The outcome of matching written operands against an instruction's forms. */
public sealed interface FormMatch {

	/**
	 * A fitting form. Without suffix and register, stack operations take the stack width and far branches the
	 * default operand size ({@code ljmp *m} reads 4 bytes in 16-bit code, 6 in 32- and 64-bit code); anything
	 * else stays unsized: GNU as 2.40 only warns about {@code inc foo} and guesses, so it matches with empty
	 * sizes and the validator may warn.
	 *
	 * @param operationSizeInBits the size the suffix, registers or the mode's default give; for two-size
	 *                            instructions ({@code movzbl}) the destination's
	 * @param memoryAccessBytes   how many bytes the memory operand reads or writes, when that is known and
	 *                            meaningful (empty for {@code lea}, {@code invlpg}, {@code nop}, {@code xsave},
	 *                            or an unsized {@code inc foo})
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
