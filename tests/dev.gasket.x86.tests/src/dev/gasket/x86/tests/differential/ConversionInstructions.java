package dev.gasket.x86.tests.differential;

import java.util.Random;

/** movzx, movsx, movsxd, the accumulator extensions (cbw .. cqo) and bswap. */
final class ConversionInstructions implements InstructionFamily {

	/** Source and destination sizes of movzx/movsx: b→w, b→l, b→q, w→l, w→q. */
	private static final int[][] EXTENSIONS = { { 8, 16 }, { 8, 32 }, { 8, 64 }, { 16, 32 }, { 16, 64 } };
	/** AT&T names of cbw, cwde, cdqe (RAX only) and cwd, cdq, cqo (into RDX), by operand size. */
	private static final String[] WITHIN_ACCUMULATOR = { "cbtw", "cwtl", "cltq" };
	private static final String[] INTO_RDX = { "cwtd", "cltd", "cqto" };

	@Override
	public void emit(SnippetBuilder builder) {
		Random random = builder.random();
		switch (random.nextInt(5)) {
		case 0, 1 -> extend(builder, random.nextBoolean() ? "movz" : "movs");
		case 2 -> {
			Operand source = random.nextBoolean() ? builder.readable(32) : builder.addressing().anywhere(4);
			builder.emit(FlagEffect.NONE, "movslq", source, builder.writable(64));
		}
		case 3 -> accumulator(builder, random.nextInt(3), random.nextBoolean());
		default -> {
			int bits = random.nextBoolean() ? 32 : 64;
			builder.emit(FlagEffect.NONE, "bswap" + InstructionFamily.suffix(bits), builder.modifiable(bits));
		}
		}
	}

	private static void extend(SnippetBuilder builder, String kind) {
		int[] sizes = EXTENSIONS[builder.random().nextInt(EXTENSIONS.length)];
		Operand source = builder.random().nextBoolean() ? builder.readable(sizes[0])
				: builder.addressing().anywhere(sizes[0] / 8);
		String mnemonic = kind + InstructionFamily.suffix(sizes[0]) + InstructionFamily.suffix(sizes[1]);
		builder.emit(FlagEffect.NONE, mnemonic, source, builder.writable(sizes[1]));
	}

	/** {@code size} 0, 1, 2 for the 16-, 32- and 64-bit result forms. */
	private static void accumulator(SnippetBuilder builder, int size, boolean intoRdx) {
		int bits = 16 << size;
		if (intoRdx) {
			builder.use(Register.of(Register.RAX, bits), true, false);
			builder.use(Register.of(Register.RDX, bits), false, true);
			builder.emit(FlagEffect.NONE, INTO_RDX[size]);
		} else {
			builder.use(Register.of(Register.RAX, bits), true, true);
			builder.emit(FlagEffect.NONE, WITHIN_ACCUMULATOR[size]);
		}
	}
}
