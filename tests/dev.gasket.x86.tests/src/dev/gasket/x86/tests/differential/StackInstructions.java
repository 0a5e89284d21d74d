package dev.gasket.x86.tests.differential;

import java.util.Random;

/**
 * push and pop (64- and 16-bit; register, memory and immediate), pushf, and popf of values that carry only
 * status flags, DF and IF (anything else, such as TF or AC, would trap on the host).
 */
final class StackInstructions implements InstructionFamily {

	/** How far a snippet may move RSP from its initial value either way (the stack has more room than that). */
	private static final int REACH = 128;
	/**
	 * Set in every value popf loads: the host runs at CPL 3, where popf leaves IF alone, the emulator at CPL 0,
	 * where popf loads it; with IF set in the value both end up with IF set.
	 */
	private static final long INTERRUPT_FLAG = 1L << 9;

	@Override
	public void emit(SnippetBuilder builder) {
		Random random = builder.random();
		int bits = random.nextInt(4) == 0 ? 16 : 64;
		String suffix = InstructionFamily.suffix(bits);
		switch (random.nextInt(8)) {
		case 0 -> push(builder, bits, "push" + suffix, builder.readable(bits));
		case 1 -> push(builder, bits, "push" + suffix, builder.immediate(bits == 64 ? 32 : 16));
		case 2 -> push(builder, bits, "push" + suffix, builder.addressing().anywhere(bits / 8));
		case 3 -> pop(builder, bits, builder.writable(bits));
		case 4 -> {
			// The operand's address is computed with RSP after the pop; keep RSP out of it.
			long address = builder.addressing().randomAddress(bits / 8);
			Memory destination = builder.addressing().at(address, false);
			builder.writesMemory();
			pop(builder, bits, destination);
		}
		case 5 -> pushFlags(builder);
		case 6 -> {
			long flags = random.nextLong() & (FlagEffects.STATUS | FlagEffects.DF) | INTERRUPT_FLAG;
			push(builder, 64, "pushq", new Immediate(flags));
			popFlags(builder);
		}
		default -> {
			pushFlags(builder);
			if (random.nextBoolean()) {
				popFlags(builder);
			} else {
				pop(builder, 64, builder.writable(64));
			}
		}
		}
	}

	private static void push(SnippetBuilder builder, int bits, String mnemonic, Operand source) {
		moveStack(builder, -bits / 8);
		builder.writesMemory();
		builder.emit(FlagEffects.of("push"), mnemonic, source);
	}

	private static void pop(SnippetBuilder builder, int bits, Operand destination) {
		moveStack(builder, bits / 8);
		builder.emit(FlagEffects.of("pop"), "pop" + InstructionFamily.suffix(bits), destination);
	}

	private static void pushFlags(SnippetBuilder builder) {
		moveStack(builder, -8);
		builder.writesMemory();
		builder.emit(FlagEffects.of("pushf"), "pushfq");
	}

	private static void popFlags(SnippetBuilder builder) {
		moveStack(builder, 8);
		builder.emit(FlagEffects.of("popf"), "popfq");
	}

	private static void moveStack(SnippetBuilder builder, int bytes) {
		Infeasible.unless(Math.abs(builder.registers().stackDelta() + bytes) <= REACH);
		builder.movesStack(bytes);
	}
}
