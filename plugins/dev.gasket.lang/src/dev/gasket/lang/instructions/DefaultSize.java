package dev.gasket.lang.instructions;

import java.util.OptionalInt;

/** The operation size GNU as silently picks when neither a suffix nor a register gives one. */
public enum DefaultSize {
	/** None: GNU as warns and guesses, so the size counts as unknown. */
	NONE,
	/** The stack width: push, pop, near call, jmp and ret. */
	STACK,
	/** The default operand size, 32 bits in 64-bit code: far branches, iret, lret. */
	OPERAND;

	public OptionalInt bits(CodeMode mode) {
		return switch (this) {
			case NONE -> OptionalInt.empty();
			case STACK -> OptionalInt.of(mode.stackBits());
			case OPERAND -> OptionalInt.of(mode.defaultOperandBits());
		};
	}
}
