package dev.gasket.x86.tests.differential;

import java.util.OptionalLong;
import java.util.Random;

/** shl, sal, shr, sar, rol, ror, rcl, rcr by an immediate, by %cl and by the implicit 1. */
final class ShiftInstructions implements InstructionFamily {

	private static final String[] OPERATIONS = { "shl", "sal", "shr", "sar", "rol", "ror", "rcl", "rcr" };

	@Override
	public void emit(SnippetBuilder builder) {
		Random random = builder.random();
		String operation = OPERATIONS[random.nextInt(OPERATIONS.length)];
		int bits = builder.operandSize();
		String mnemonic = operation + InstructionFamily.suffix(bits);
		Operand destination;
		if (random.nextBoolean()) {
			destination = builder.modifiable(bits);
		} else {
			destination = builder.addressing().anywhere(bits / 8);
			builder.writesMemory();
		}
		switch (random.nextInt(3)) {
		case 0 -> {
			long count = interestingCount(random, bits);
			builder.emit(FlagEffects.of(operation, bits, count), mnemonic, new Immediate(count), destination);
		}
		case 1 -> {
			long count = countInCl(builder, bits);
			Register cl = builder.use(Register.of(Register.RCX, 8), true, false);
			builder.emit(FlagEffects.of(operation, bits, count), mnemonic, cl, destination);
		}
		default -> builder.emit(FlagEffects.of(operation, bits, 1), mnemonic, destination);
		}
	}

	/** The count %cl holds; the generator must know it to know which flags end up undefined. */
	private static long countInCl(SnippetBuilder builder, int bits) {
		RegisterFile registers = builder.registers();
		if (registers.state(Register.RCX) == RegisterFile.State.UNTOUCHED) {
			long garbage = builder.random().nextLong() & ~0xffL;
			registers.choose(Register.RCX, garbage | interestingCount(builder.random(), bits));
		}
		OptionalLong value = registers.known(Register.RCX);
		Infeasible.unless(value.isPresent());
		return value.getAsLong() & 0xff;
	}

	/** Counts around the operand size and the 5- or 6-bit count mask, or any byte. */
	private static long interestingCount(Random random, int bits) {
		long[] edges = { 0, 1, 2, bits - 1, bits, bits + 1, 31, 32, 33, 63, 64, 65, 255 };
		return random.nextInt(3) == 0 ? random.nextInt(256) : edges[random.nextInt(edges.length)];
	}
}
