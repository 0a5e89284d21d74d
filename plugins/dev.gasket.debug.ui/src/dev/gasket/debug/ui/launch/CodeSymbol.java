package dev.gasket.debug.ui.launch;

import dev.gasket.debug.engine.StartState;
import dev.gasket.lang.instructions.CodeMode;

/**
 * A symbol a program can start at: a code symbol, or a label in a code section.
 *
 * @param mode what its code is assembled for ({@code .code16/32/64} before it)
 */
public record CodeSymbol(String name, CodeMode mode) {

	/** The start state whose CPU runs this code: real mode for 16-bit code, flat protected mode for 32-bit, long mode for 64-bit. */
	public StartState startState() {
		return switch (mode) {
			case BITS_16 -> StartState.REAL;
			case BITS_32 -> StartState.PROTECTED32;
			case BITS_64 -> StartState.LONG4;
		};
	}
}
