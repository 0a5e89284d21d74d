package dev.gasket.lang.instructions;

import java.util.OptionalInt;

/**
 * How wide an operand of a form is.
 *
 * @param value the slot index for {@link Kind#SLOT}, the width in bits for {@link Kind#FIXED}, otherwise 0
 */
public record OperandWidth(Kind kind, int value) {

	public enum Kind {
		/** The operand has no width of its own (immediate, branch target) or the register class implies it. */
		NONE,
		/** As wide as an operation size: slot 0 is the first suffix letter, slot 1 the second (movzbl). */
		SLOT,
		FIXED,
		/** A general register as wide as the mode's addresses (32 or 64 bits); also sets slot 0. */
		NATIVE,
		/** The 6-byte (10 in 64-bit code) limit and base that lgdt/lidt/sgdt/sidt read or write. */
		DESCRIPTOR,
		/** A far pointer: an offset of the operation size followed by a 16-bit selector. */
		FAR_POINTER,
		/** Memory whose size is irrelevant or not fixed: lea, invlpg, prefetch, xsave. */
		UNSIZED
	}

	public static final OperandWidth NONE = new OperandWidth(Kind.NONE, 0);

	public static OperandWidth slot(int index) {
		return new OperandWidth(Kind.SLOT, index);
	}

	public static OperandWidth fixed(int bits) {
		return new OperandWidth(Kind.FIXED, bits);
	}

	/** Sets (for registers) or takes (for memory) an operation size. */
	public OptionalInt slotIndex() {
		return switch (kind) {
			case SLOT -> OptionalInt.of(value);
			case NATIVE, FAR_POINTER -> OptionalInt.of(0);
			default -> OptionalInt.empty();
		};
	}
}
