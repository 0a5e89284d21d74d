package dev.gasket.x86.tests.differential;

import java.util.List;

/**
 * A generated test case: a few instructions in AT&T syntax with the machine state to start them in.
 *
 * @param instructions one instruction per element; RIP-relative operands name their target as an offset
 *        from the local label {@code 0b}, the snippet's start (see {@link #source()})
 * @param registers initial RAX..R15
 * @param rflags initial status flags and DF
 * @param data initial contents of the data area
 * @param undefinedFlags for each instruction boundary (before instruction i, and after the last one) the
 *        flags the SDM leaves undefined at that point
 * @param undefinedRegisters per boundary, bit n set when register n holds an undefined value
 */
record Snippet(List<String> instructions, long[] registers, long rflags, byte[] data, long[] undefinedFlags,
		int[] undefinedRegisters) {

	/** A hand-written snippet, in which nothing is undefined. */
	static Snippet of(List<String> instructions, long[] registers, long rflags, byte[] data) {
		int boundaries = instructions.size() + 1;
		return new Snippet(List.copyOf(instructions), registers.clone(), rflags, data.clone(), new long[boundaries],
				new int[boundaries]);
	}

	/** The snippet as GNU as reads it, with the label its RIP-relative operands refer to. */
	String source() {
		StringBuilder text = new StringBuilder("0:\n");
		for (String instruction : instructions) {
			text.append('\t').append(instruction).append('\n');
		}
		return text.toString();
	}
}
