package dev.gasket.x86.tests.differential;

/**
 * How many generated cases a differential run covers, from system properties: {@value #CASES} (default 3000,
 * e.g. 1000000 for a long run), {@value #SEED} (default fixed) and {@value #FIRST}, the first case index, to run
 * a reported case again on its own.
 */
record DifferentialSettings(long seed, long first, int cases) {

	static final String CASES = "gasket.differential.cases";
	static final String SEED = "gasket.differential.seed";
	static final String FIRST = "gasket.differential.first";
	static final long DEFAULT_SEED = 0x6A5C_E7L;
	static final int DEFAULT_CASES = 3000;
	/** Cases per run of as and of the harness. */
	static final int BATCH = 1000;

	static DifferentialSettings fromSystemProperties() {
		return new DifferentialSettings(number(SEED, DEFAULT_SEED), number(FIRST, 0), (int) number(CASES, DEFAULT_CASES));
	}

	private static long number(String property, long fallback) {
		String text = System.getProperty(property);
		if (text == null || text.isBlank()) {
			return fallback;
		}
		try {
			return Long.decode(text.trim());
		} catch (NumberFormatException e) {
			throw new IllegalArgumentException("-D" + property + " must be a number, got '" + text + "'", e);
		}
	}
}
