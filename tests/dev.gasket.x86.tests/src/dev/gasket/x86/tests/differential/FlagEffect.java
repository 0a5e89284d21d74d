package dev.gasket.x86.tests.differential;

/**
 * What one instruction does to RFLAGS' status flags and DF.
 *
 * @param read flags whose values the instruction's result depends on
 * @param written flags the instruction may change
 * @param undefined the part of {@code written} the Intel SDM leaves undefined afterwards
 */
record FlagEffect(long read, long written, long undefined) {

	static final FlagEffect NONE = new FlagEffect(0, 0, 0);

	static FlagEffect reads(long read) {
		return new FlagEffect(read, 0, 0);
	}

	static FlagEffect writes(long written) {
		return new FlagEffect(0, written, 0);
	}
}
