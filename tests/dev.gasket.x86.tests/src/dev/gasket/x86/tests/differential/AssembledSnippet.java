package dev.gasket.x86.tests.differential;

/**
 * A snippet with its machine code.
 *
 * @param offsets the offset in {@code code} of each instruction, and the code's length last
 */
record AssembledSnippet(Snippet snippet, byte[] code, int[] offsets) {

	/** The instruction starting at {@code offset}; the instruction count when it is the end. -1 if none does. */
	int instructionAt(long offset) {
		for (int i = 0; i < offsets.length; i++) {
			if (offsets[i] == offset) {
				return i;
			}
		}
		return -1;
	}

	CaseInput input() {
		return new CaseInput(snippet.registers(), snippet.rflags(), code, snippet.data());
	}
}
