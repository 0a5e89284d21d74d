package dev.gasket.x86.cpu;

/**
 * The status flags of the last arithmetic instruction, kept as its operands and result and only turned into
 * RFLAGS bits when something reads them: a loop of {@code dec}/{@code jnz} never computes PF or AF.
 */
final class LazyFlags {

	static final int NONE = 0;
	static final int ADD = 1;
	static final int SUB = 2;
	static final int LOGIC = 3;
	/** As ADD/SUB, but CF is left as it was. */
	static final int INC = 4;
	static final int DEC = 5;

	int kind = NONE;
	int size;
	long dst;
	long src;
	long result;
	/** CF and OF as a rotate set them on top of the record (a rotate changes only those two flags). */
	boolean carryAndOverflowSet;
	boolean carry;
	boolean overflow;

	static long mask(int size) {
		return size == 8 ? -1L : (1L << (size * 8)) - 1;
	}

	static long sign(int size) {
		return 1L << (size * 8 - 1);
	}

	boolean zf() {
		return (result & mask(size)) == 0;
	}

	boolean sf() {
		return (result & sign(size)) != 0;
	}

	boolean cf() {
		if (carryAndOverflowSet) {
			return carry;
		}
		long m = mask(size);
		return switch (kind) {
			case ADD -> Long.compareUnsigned(result & m, dst & m) < 0;
			case SUB -> Long.compareUnsigned(dst & m, src & m) < 0;
			default -> false;
		};
	}

	boolean of() {
		if (carryAndOverflowSet) {
			return overflow;
		}
		long s = sign(size);
		return switch (kind) {
			case ADD, INC -> ((dst ^ result) & (src ^ result) & s) != 0;
			case SUB, DEC -> ((dst ^ src) & (dst ^ result) & s) != 0;
			default -> false;
		};
	}

	/** The six status flags as RFLAGS bits; for INC/DEC, CF is taken from {@code previous}. */
	long status(long previous) {
		long flags = Flags.parity(result);
		if (zf()) {
			flags |= Flags.ZF;
		}
		if (sf()) {
			flags |= Flags.SF;
		}
		if (of()) {
			flags |= Flags.OF;
		}
		if (kind != LOGIC) {
			flags |= (dst ^ src ^ result) & Flags.AF;
		}
		if ((kind == INC || kind == DEC) && !carryAndOverflowSet) {
			flags |= previous & Flags.CF;
		} else if (cf()) {
			flags |= Flags.CF;
		}
		return flags;
	}
}
