package dev.gasket.x86.tests.differential;

import java.util.Random;

/** xchg, cmpxchg and xadd with register and memory destinations (memory forms with and without lock). */
final class ExchangeInstructions implements InstructionFamily {

	private static final String[] OPERATIONS = { "xchg", "cmpxchg", "xadd" };

	@Override
	public void emit(SnippetBuilder builder) {
		Random random = builder.random();
		String operation = OPERATIONS[random.nextInt(OPERATIONS.length)];
		int bits = builder.operandSize();
		String mnemonic = operation + InstructionFamily.suffix(bits);
		if (operation.equals("cmpxchg")) {
			// Compares with the accumulator and loads it on a mismatch.
			builder.use(Register.of(Register.RAX, bits), true, true);
		}
		Register source = builder.modifiable(bits);
		Operand destination;
		if (random.nextBoolean()) {
			destination = builder.modifiable(bits);
		} else {
			destination = builder.addressing().anywhere(bits / 8);
			builder.writesMemory();
			// xchg with memory locks by itself; an explicit lock is still valid.
			mnemonic = InstructionFamily.maybeLocked(builder, mnemonic);
		}
		builder.emit(FlagEffects.of(operation), mnemonic, source, destination);
	}
}
