package dev.gasket.x86.tests.differential;

/** A group of related instructions the generator draws from. */
interface InstructionFamily {

	/**
	 * Emits one instruction (or a short idiom such as a dividend set-up before a division) into {@code builder}.
	 *
	 * @throws Infeasible when the snippet so far rules out what was drawn; the generator then draws again
	 */
	void emit(SnippetBuilder builder);

	/** The AT&T size suffix for an operand size in bits. */
	static String suffix(int bits) {
		return switch (bits) {
		case 8 -> "b";
		case 16 -> "w";
		case 32 -> "l";
		case 64 -> "q";
		default -> throw new IllegalArgumentException("operand size " + bits);
		};
	}

	/** 16, 32 or 64, for instructions without a byte form. */
	static int wordSize(SnippetBuilder builder) {
		return 16 << builder.random().nextInt(3);
	}

	/** {@code lock } in front of a memory-destination read-modify-write instruction, half of the time. */
	static String maybeLocked(SnippetBuilder builder, String mnemonic) {
		return builder.random().nextBoolean() ? "lock " + mnemonic : mnemonic;
	}
}
