package dev.gasket.x86.tests.differential;

/** An operand as written in AT&T syntax. */
sealed interface Operand permits Register, Memory, Immediate {

	String text();

	/** Whether encoding the operand needs a REX prefix, which rules out %ah..%bh in the same instruction. */
	boolean needsRex();
}
