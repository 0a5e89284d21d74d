package dev.gasket.x86.tests.differential;

/**
 * What the instruction being built will do to registers, stack and memory; applied only when it is emitted,
 * so that choosing its operands still sees the state before it.
 */
final class PendingEffects {

	private final int[] writtenBits = new int[16];
	private int undefined;
	private int stringSteps;
	private long stackBytes;
	private boolean memory;

	void write(int number, int bits) {
		writtenBits[number] = Math.max(writtenBits[number], bits);
	}

	void undefine(int number) {
		undefined |= 1 << number;
	}

	void stepString(int number) {
		stringSteps |= 1 << number;
	}

	void moveStack(long bytes) {
		stackBytes += bytes;
	}

	void writesMemory() {
		memory = true;
	}

	/** Applies and forgets the effects; returns whether memory was written. */
	boolean applyTo(RegisterFile registers) {
		for (int i = 0; i < 16; i++) {
			if (writtenBits[i] != 0) {
				registers.written(i, writtenBits[i]);
				writtenBits[i] = 0;
			}
			if ((stringSteps & 1 << i) != 0) {
				registers.movedByString(i);
			}
			if ((undefined & 1 << i) != 0) {
				registers.undefine(i);
			}
		}
		registers.moveStack(stackBytes);
		boolean wroteMemory = memory;
		undefined = 0;
		stringSteps = 0;
		stackBytes = 0;
		memory = false;
		return wroteMemory;
	}
}
