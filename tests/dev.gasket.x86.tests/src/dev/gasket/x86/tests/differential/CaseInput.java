package dev.gasket.x86.tests.differential;

/**
 * One case for the native harness: the 16 general-purpose registers (RAX..R15 in encoding order),
 * RFLAGS (only the status flags and DF are used), the code to run and the initial data area.
 */
record CaseInput(long[] registers, long rflags, byte[] code, byte[] data) {

	CaseInput {
		if (registers.length != 16) {
			throw new IllegalArgumentException("need 16 registers, got " + registers.length);
		}
	}
}
