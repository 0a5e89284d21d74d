package dev.gasket.x86.tests.differential;

import java.util.OptionalLong;
import java.util.Random;

/**
 * bt, bts, btr, btc with register and immediate bit offsets (the register-offset memory form addressing bits
 * far outside the operand, with and without lock), and bsf, bsr.
 */
final class BitInstructions implements InstructionFamily {

	private static final String[] TESTS = { "bt", "bts", "btr", "btc" };
	/** Register bit offsets into memory stay within this many bytes of the operand, either side. */
	private static final int OFFSET_BYTES = 2048;

	@Override
	public void emit(SnippetBuilder builder) {
		Random random = builder.random();
		int bits = InstructionFamily.wordSize(builder);
		if (random.nextInt(3) == 0) {
			scan(builder, random.nextBoolean() ? "bsf" : "bsr", bits);
		} else {
			test(builder, TESTS[random.nextInt(TESTS.length)], bits);
		}
	}

	private static void test(SnippetBuilder builder, String operation, int bits) {
		boolean writes = !operation.equals("bt");
		String mnemonic = operation + InstructionFamily.suffix(bits);
		FlagEffect effect = FlagEffects.of(operation);
		Random random = builder.random();
		switch (random.nextInt(4)) {
		case 0 -> {
			Register offset = builder.readable(bits);
			builder.emit(effect, mnemonic, offset, writes ? builder.modifiable(bits) : builder.readable(bits));
		}
		case 1 -> {
			Immediate offset = new Immediate(random.nextInt(256));
			builder.emit(effect, mnemonic, offset, writes ? builder.modifiable(bits) : builder.readable(bits));
		}
		case 2 -> {
			Immediate offset = new Immediate(random.nextInt(256));
			Memory base = builder.addressing().anywhere(bits / 8);
			builder.emit(effect, lockedIf(builder, writes, mnemonic), offset, written(builder, base, writes));
		}
		default -> farBit(builder, mnemonic, bits, writes, effect);
		}
	}

	/**
	 * The register-offset memory form: the signed offset selects a bit anywhere relative to the operand's
	 * address, so the operand is placed such that the operand-sized unit holding the bit
	 * (address + size * floor(offset / bits)) lies in the data area.
	 */
	private static void farBit(SnippetBuilder builder, String mnemonic, int bits, boolean writes, FlagEffect effect) {
		Random random = builder.random();
		Register offset = Register.of(random.nextInt(16), bits);
		RegisterFile registers = builder.registers();
		if (registers.state(offset.number()) == RegisterFile.State.UNTOUCHED) {
			registers.choose(offset.number(), random.nextInt(16 * OFFSET_BYTES + 1) - 8 * OFFSET_BYTES);
		}
		OptionalLong value = registers.known(offset.number());
		Infeasible.unless(value.isPresent());
		long bitOffset = InterestingValues.signExtend(value.getAsLong(), bits);
		Infeasible.unless(Math.abs(bitOffset) <= 8 * OFFSET_BYTES);
		builder.use(offset, true, false);
		long unit = builder.addressing().randomAddress(bits / 8);
		long address = unit - bits / 8 * Math.floorDiv(bitOffset, bits);
		Memory base = builder.addressing().at(address, true);
		builder.emit(effect, lockedIf(builder, writes, mnemonic), offset, written(builder, base, writes));
	}

	private static void scan(SnippetBuilder builder, String operation, int bits) {
		Operand source = builder.random().nextBoolean() ? builder.readable(bits)
				: builder.addressing().anywhere(bits / 8);
		OptionalLong value = builder.knownValue(source, bits);
		// Whether the destination ends up undefined depends on the source being zero.
		Infeasible.unless(value.isPresent());
		Register destination = builder.writable(bits);
		if (value.getAsLong() == 0) {
			builder.undefines(destination);
		}
		builder.emit(FlagEffects.of(operation), operation + InstructionFamily.suffix(bits), source, destination);
	}

	private static Memory written(SnippetBuilder builder, Memory memory, boolean writes) {
		if (writes) {
			builder.writesMemory();
		}
		return memory;
	}

	private static String lockedIf(SnippetBuilder builder, boolean writes, String mnemonic) {
		return writes ? InstructionFamily.maybeLocked(builder, mnemonic) : mnemonic;
	}
}
