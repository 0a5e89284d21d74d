package dev.gasket.x86.tests.differential;

import java.util.OptionalLong;
import java.util.Random;

/** mov in its register, memory and immediate forms, movabs (64-bit immediate and 64-bit address), lea, xlat. */
final class MoveInstructions implements InstructionFamily {

	private static final FlagEffect NONE = FlagEffect.NONE;

	@Override
	public void emit(SnippetBuilder builder) {
		Random random = builder.random();
		int bits = builder.operandSize();
		String mov = "mov" + InstructionFamily.suffix(bits);
		switch (random.nextInt(9)) {
		case 0 -> {
			Register source = builder.readable(bits);
			builder.emit(NONE, mov, source, builder.writable(bits));
		}
		case 1 -> {
			Immediate source = builder.immediate(bits);
			builder.emit(NONE, mov, source, builder.writable(bits));
		}
		case 2 -> {
			Immediate source = builder.immediate(bits);
			builder.emit(NONE, mov, source, stored(builder, bits));
		}
		case 3 -> {
			Register source = builder.readable(bits);
			builder.emit(NONE, mov, source, stored(builder, bits));
		}
		case 4 -> {
			Memory source = builder.addressing().anywhere(bits / 8);
			builder.emit(NONE, mov, source, builder.writable(bits));
		}
		case 5 -> {
			Immediate source = new Immediate(InterestingValues.next(random));
			builder.emit(NONE, "movabsq", source, builder.writable(64));
		}
		case 6 -> absoluteAccumulator(builder, bits);
		case 7 -> {
			int size = InstructionFamily.wordSize(builder);
			Memory address = builder.addressing().forLea();
			builder.emit(NONE, "lea" + InstructionFamily.suffix(size), address, builder.writable(size));
		}
		default -> translate(builder);
		}
	}

	private static Memory stored(SnippetBuilder builder, int bits) {
		Memory destination = builder.addressing().anywhere(bits / 8);
		builder.writesMemory();
		return destination;
	}

	/** movabs between the accumulator and a 64-bit absolute address (opcodes A0..A3). */
	private static void absoluteAccumulator(SnippetBuilder builder, int bits) {
		long address = builder.addressing().randomAddress(bits / 8);
		Memory memory = new Memory(Hex.signed(address), false, address);
		String mnemonic = "movabs" + InstructionFamily.suffix(bits);
		if (builder.random().nextBoolean()) {
			builder.emit(NONE, mnemonic, memory, builder.use(Register.of(Register.RAX, bits), false, true));
		} else {
			Register accumulator = builder.use(Register.of(Register.RAX, bits), true, false);
			builder.writesMemory();
			builder.emit(NONE, mnemonic, accumulator, memory);
		}
	}

	/** xlat: AL = byte at RBX + AL; RBX must point at a 256-byte table inside the data area. */
	private static void translate(SnippetBuilder builder) {
		RegisterFile registers = builder.registers();
		if (registers.state(Register.RBX) == RegisterFile.State.UNTOUCHED) {
			HarnessLayout layout = builder.layout();
			registers.choose(Register.RBX, layout.dataBase() + builder.random().nextInt(layout.dataSize() - 256));
		}
		OptionalLong table = registers.known(Register.RBX);
		Infeasible.unless(table.isPresent() && builder.layout().inData(table.getAsLong(), 256));
		builder.use(Register.of(Register.RBX, 64), true, false);
		builder.use(Register.of(Register.RAX, 8), true, true);
		builder.emit(NONE, "xlatb");
	}
}
