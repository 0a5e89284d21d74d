package dev.gasket.x86.tests.differential;

import java.util.List;
import java.util.Random;

/**
 * Generates snippets of one to four instructions over the integer instruction set, reproducibly: case
 * {@code i} of seed {@code s} is always the same snippet, whatever was generated before it.
 */
final class SnippetGenerator {

	private record Weighted(InstructionFamily family, int weight) {
	}

	private static final List<Weighted> FAMILIES = List.of(new Weighted(new ArithmeticInstructions(), 60),
			new Weighted(new ShiftInstructions(), 40), new Weighted(new BitInstructions(), 30),
			new Weighted(new MultiplyDivideInstructions(), 30), new Weighted(new MoveInstructions(), 40),
			new Weighted(new ConversionInstructions(), 20), new Weighted(new ExchangeInstructions(), 20),
			new Weighted(new ConditionalInstructions(), 30), new Weighted(new StackInstructions(), 20),
			new Weighted(new StringInstructions(), 20), new Weighted(new FlagInstructions(), 20),
			new Weighted(new FaultInstructions(), 2));
	private static final int TOTAL_WEIGHT = FAMILIES.stream().mapToInt(Weighted::weight).sum();
	private static final int MAX_INSTRUCTIONS = 4;
	private static final int ATTEMPTS = 200;
	/** Initial RSP lies this far into the data area, leaving room above it for pops. */
	private static final int STACK_START = 0x1800;
	private static final int STACK_HEADROOM = 0x100;
	private static final int DATA_EDGES = 32;

	private final HarnessLayout layout;
	private final long seed;

	SnippetGenerator(HarnessLayout layout, long seed) {
		this.layout = layout;
		this.seed = seed;
		if (layout.dataSize() < STACK_START + STACK_HEADROOM) {
			throw new IllegalArgumentException("the data area of " + layout.dataSize() + " bytes is too small");
		}
	}

	Snippet generate(long index) {
		Random random = new Random(seed * 0x9E37_79B9_7F4A_7C15L + index);
		SnippetBuilder builder = SnippetBuilder.start(random, layout, initialRegisters(random), initialFlags(random),
				initialData(random));
		int wanted = 1 + random.nextInt(MAX_INSTRUCTIONS);
		for (int attempt = 0; attempt < ATTEMPTS && builder.instructionCount() < wanted; attempt++) {
			SnippetBuilder trial = builder.copy();
			try {
				pick(random).emit(trial);
				builder = trial;
			} catch (Infeasible infeasible) {
				// Draw again.
			}
		}
		if (builder.instructionCount() == 0) {
			throw new IllegalStateException("no instruction fits case " + index + " of seed " + seed);
		}
		return builder.build();
	}

	private static InstructionFamily pick(Random random) {
		int ticket = random.nextInt(TOTAL_WEIGHT);
		for (Weighted weighted : FAMILIES) {
			ticket -= weighted.weight();
			if (ticket < 0) {
				return weighted.family();
			}
		}
		throw new AssertionError("weights exhausted");
	}

	private long[] initialRegisters(Random random) {
		long[] registers = new long[16];
		for (int i = 0; i < registers.length; i++) {
			registers[i] = InterestingValues.next(random);
		}
		int room = layout.dataSize() - STACK_HEADROOM - STACK_START;
		long stack = layout.dataBase() + STACK_START + random.nextInt(room);
		registers[Register.RSP] = random.nextInt(4) == 0 ? stack : stack & ~7L;
		return registers;
	}

	private static long initialFlags(Random random) {
		return random.nextLong() & (FlagEffects.STATUS | FlagEffects.DF);
	}

	private byte[] initialData(Random random) {
		byte[] data = new byte[layout.dataSize()];
		random.nextBytes(data);
		for (int i = 0; i < DATA_EDGES; i++) {
			long value = InterestingValues.next(random);
			int offset = random.nextInt(data.length - 8);
			for (int b = 0; b < 8; b++) {
				data[offset + b] = (byte) (value >>> 8 * b);
			}
		}
		return data;
	}
}
