package dev.gasket.x86.tests.differential;

/**
 * Where the native harness places code and data (both in the low 2 GiB, so absolute and RIP-relative
 * addresses mean the same on the host and in the emulator), as it announces them when it starts.
 *
 * @param fixedFlags the RFLAGS bits outside the status flags and DF that the host always runs with (IF, bit 1)
 */
record HarnessLayout(long dataBase, int dataSize, long codeBase, int codeCapacity, long fixedFlags) {

	boolean inData(long address, int length) {
		return address >= dataBase && address + length <= dataBase + dataSize;
	}
}
