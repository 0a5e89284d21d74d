package dev.gasket.x86.tests.differential;

import java.util.Random;

/** Random values biased towards the edges where flags and sign or zero extension are decided. */
final class InterestingValues {

	private static final int[] WIDTHS = { 8, 16, 32, 64 };

	private InterestingValues() {
	}

	static long next(Random random) {
		int width = WIDTHS[random.nextInt(WIDTHS.length)];
		long value = switch (random.nextInt(6)) {
		case 0 -> random.nextInt(17) - 8;
		case 1, 2 -> edge(random, width);
		default -> random.nextLong();
		};
		long mask = width == 64 ? -1 : (1L << width) - 1;
		// Either a value of that width, or garbage above it, which the instruction must ignore.
		return random.nextBoolean() ? value & mask : (value & mask) | (random.nextLong() & ~mask);
	}

	/** 0, 1, or a value next to a signed or unsigned limit of {@code width} bits. */
	private static long edge(Random random, int width) {
		long signBit = 1L << (width - 1);
		return switch (random.nextInt(6)) {
		case 0 -> 0;
		case 1 -> 1;
		case 2 -> signBit - 1;
		case 3 -> signBit;
		case 4 -> signBit + 1;
		default -> -1;
		};
	}

	/** A value sign-extended from {@code bits}, as the immediate of an instruction with that operand size. */
	static long immediate(Random random, int bits) {
		int width = Math.min(bits, 32);
		return signExtend(next(random), random.nextInt(4) == 0 ? Math.min(width, 8) : width);
	}

	static long signExtend(long value, int bits) {
		return bits == 64 ? value : value << (64 - bits) >> (64 - bits);
	}

	static long zeroExtend(long value, int bits) {
		return bits == 64 ? value : value & ((1L << bits) - 1);
	}
}
