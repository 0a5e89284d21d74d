package dev.gasket.x86.tests.differential;

/**
 * Thrown while building an instruction whose constraints the snippet so far cannot meet; the generator then
 * draws another.
 */
final class Infeasible extends RuntimeException {

	private static final long serialVersionUID = 1L;

	static final Infeasible INSTANCE = new Infeasible();

	private Infeasible() {
		super(null, null, false, false);
	}

	static void unless(boolean condition) {
		if (!condition) {
			throw INSTANCE;
		}
	}
}
