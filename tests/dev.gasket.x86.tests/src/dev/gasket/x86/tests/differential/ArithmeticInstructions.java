package dev.gasket.x86.tests.differential;

import java.util.Random;

/** add, adc, sub, sbb, cmp, and, or, xor, test, inc, dec, neg, not in all sizes and operand forms. */
final class ArithmeticInstructions implements InstructionFamily {

	private static final String[] BINARY = { "add", "adc", "sub", "sbb", "cmp", "and", "or", "xor", "test" };
	private static final String[] UNARY = { "inc", "dec", "neg", "not" };

	@Override
	public void emit(SnippetBuilder builder) {
		Random random = builder.random();
		int bits = builder.operandSize();
		if (random.nextInt(4) == 0) {
			unary(builder, UNARY[random.nextInt(UNARY.length)], bits);
		} else {
			binary(builder, BINARY[random.nextInt(BINARY.length)], bits);
		}
	}

	private static void unary(SnippetBuilder builder, String operation, int bits) {
		String mnemonic = operation + InstructionFamily.suffix(bits);
		FlagEffect effect = FlagEffects.of(operation);
		if (builder.random().nextBoolean()) {
			builder.emit(effect, mnemonic, builder.modifiable(bits));
		} else {
			Memory destination = builder.addressing().anywhere(bits / 8);
			builder.writesMemory();
			builder.emit(effect, InstructionFamily.maybeLocked(builder, mnemonic), destination);
		}
	}

	private static void binary(SnippetBuilder builder, String operation, int bits) {
		boolean writes = !operation.equals("cmp") && !operation.equals("test");
		String mnemonic = operation + InstructionFamily.suffix(bits);
		FlagEffect effect = FlagEffects.of(operation);
		switch (builder.random().nextInt(5)) {
		case 0 -> {
			Immediate source = builder.immediate(bits);
			builder.emit(effect, mnemonic, source, destinationRegister(builder, bits, writes));
		}
		case 1 -> {
			Immediate source = builder.immediate(bits);
			builder.emit(effect, lockIf(builder, writes, mnemonic), source, destinationMemory(builder, bits, writes));
		}
		case 2 -> {
			Register source = builder.readable(bits);
			builder.emit(effect, mnemonic, source, destinationRegister(builder, bits, writes));
		}
		case 3 -> {
			Register source = builder.readable(bits);
			builder.emit(effect, lockIf(builder, writes, mnemonic), source, destinationMemory(builder, bits, writes));
		}
		default -> {
			Memory source = builder.addressing().anywhere(bits / 8);
			builder.emit(effect, mnemonic, source, destinationRegister(builder, bits, writes));
		}
		}
	}

	private static Register destinationRegister(SnippetBuilder builder, int bits, boolean writes) {
		return writes ? builder.modifiable(bits) : builder.readable(bits);
	}

	private static Memory destinationMemory(SnippetBuilder builder, int bits, boolean writes) {
		Memory destination = builder.addressing().anywhere(bits / 8);
		if (writes) {
			builder.writesMemory();
		}
		return destination;
	}

	private static String lockIf(SnippetBuilder builder, boolean writes, String mnemonic) {
		return writes ? InstructionFamily.maybeLocked(builder, mnemonic) : mnemonic;
	}
}
