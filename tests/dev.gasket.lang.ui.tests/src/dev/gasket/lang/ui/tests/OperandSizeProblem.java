package dev.gasket.lang.ui.tests;

/** The input of the problem and quick-fix tests: one {@code operand-size-vs-symbol} warning, on line 8. */
final class OperandSizeProblem {
	/** {@code xorq} on the 4-byte {@code tr_cr4}: the fix is the suffix {@code l}. */
	static final String TRAMPOLINE_S = """
			\t.code64
			\t.data
			tr_cr4:\t.long 0
			\t.size\ttr_cr4, 4
			\t.type\ttr_cr4, @object
			\t.text
			entry:
			\txorq\ttr_cr4(%rip), %rax
			\tret
			""";

	private OperandSizeProblem() {
	}
}
