package dev.gasket.x86.tests.differential;

import java.util.Random;

/** setcc into a byte register or memory, and cmovcc (which writes a 32-bit destination even when not moving). */
final class ConditionalInstructions implements InstructionFamily {

	@Override
	public void emit(SnippetBuilder builder) {
		Random random = builder.random();
		Condition condition = Condition.values()[random.nextInt(Condition.values().length)];
		FlagEffect effect = FlagEffect.reads(condition.flags());
		if (random.nextBoolean()) {
			Operand destination;
			if (random.nextBoolean()) {
				destination = builder.writable(8);
			} else {
				destination = builder.addressing().anywhere(1);
				builder.writesMemory();
			}
			builder.emit(effect, "set" + condition.suffix(), destination);
		} else {
			int bits = InstructionFamily.wordSize(builder);
			Operand source = random.nextBoolean() ? builder.readable(bits) : builder.addressing().anywhere(bits / 8);
			// Reads the destination too: when the condition is false, 16- and 64-bit forms keep it.
			Register destination = builder.modifiable(bits);
			builder.emit(effect, "cmov" + condition.suffix() + InstructionFamily.suffix(bits), source, destination);
		}
	}
}
