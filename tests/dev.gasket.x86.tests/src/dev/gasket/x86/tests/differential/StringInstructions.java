package dev.gasket.x86.tests.differential;

import java.util.OptionalLong;
import java.util.Random;

/**
 * movs, stos, lods, cmps, scas in all four sizes, alone or with rep / repe / repne and small counts.
 * RSI and RDI start in the middle of the data area, far enough from its ends for a few such instructions in
 * either direction.
 */
final class StringInstructions implements InstructionFamily {

	private static final String[] OPERATIONS = { "movs", "stos", "lods", "cmps", "scas" };
	static final int MAX_COUNT = 8;
	/** Distance of the initial RSI/RDI from the ends of the data area. */
	private static final int POINTER_MARGIN = 512;

	@Override
	public void emit(SnippetBuilder builder) {
		Random random = builder.random();
		String operation = OPERATIONS[random.nextInt(OPERATIONS.length)];
		int bits = builder.operandSize();
		boolean readsSource = operation.equals("movs") || operation.equals("lods") || operation.equals("cmps");
		boolean usesDestination = !operation.equals("lods");
		boolean compares = operation.equals("cmps") || operation.equals("scas");
		String prefix = switch (random.nextInt(3)) {
		case 0 -> "";
		case 1 -> compares ? (random.nextBoolean() ? "repe " : "repne ") : "rep ";
		default -> compares ? "repne " : "rep ";
		};
		if (readsSource) {
			pointer(builder, Register.RSI);
		}
		if (usesDestination) {
			pointer(builder, Register.RDI);
		}
		if (operation.equals("stos") || operation.equals("scas")) {
			builder.use(Register.of(Register.RAX, bits), true, false);
		} else if (operation.equals("lods")) {
			builder.use(Register.of(Register.RAX, bits), false, true);
		}
		FlagEffect effect = FlagEffects.of(operation);
		if (!prefix.isEmpty()) {
			OptionalLong count = count(builder);
			// With a zero count nothing happens, so the flags need not be defined afterwards.
			if (count.isEmpty() || count.getAsLong() == 0) {
				effect = new FlagEffect(effect.read(), 0, 0);
			}
			builder.stepsStringRegister(Register.RCX);
		}
		if (operation.equals("movs") || operation.equals("stos")) {
			builder.writesMemory();
		}
		builder.emit(effect, prefix + operation + InstructionFamily.suffix(bits));
	}

	/** Claims RSI or RDI as a string pointer, starting it in the middle of the data area if still unused. */
	private static void pointer(SnippetBuilder builder, int number) {
		RegisterFile registers = builder.registers();
		HarnessLayout layout = builder.layout();
		if (registers.state(number) == RegisterFile.State.UNTOUCHED) {
			int room = layout.dataSize() - 2 * POINTER_MARGIN;
			registers.choose(number, layout.dataBase() + POINTER_MARGIN + builder.random().nextInt(room));
		}
		long start = registers.initial(number) - layout.dataBase();
		Infeasible.unless(registers.nearInitial(number) && start >= POINTER_MARGIN
				&& start <= layout.dataSize() - POINTER_MARGIN);
		builder.use(Register.of(number, 64), true, false);
		builder.stepsStringRegister(number);
	}

	/** RCX for a rep prefix: a small count, or what an earlier rep left of one; empty if not known exactly. */
	private static OptionalLong count(SnippetBuilder builder) {
		RegisterFile registers = builder.registers();
		if (registers.state(Register.RCX) == RegisterFile.State.UNTOUCHED) {
			registers.choose(Register.RCX, builder.random().nextInt(MAX_COUNT + 1));
		}
		long initial = registers.initial(Register.RCX);
		Infeasible.unless(registers.nearInitial(Register.RCX) && initial >= 0 && initial <= MAX_COUNT);
		builder.use(Register.of(Register.RCX, 64), true, false);
		return registers.known(Register.RCX);
	}
}
