package dev.gasket.x86.tests.differential;

import dev.gasket.x86.cpu.ExceptionVector;

/**
 * How a case ended: either it ran to the end of its code ({@code exception} is null) or an instruction
 * faulted, in which case {@code rip}, {@code registers} and {@code rflags} are the state the fault reported
 * (the faulting instruction has not executed).
 *
 * @param faultAddress the address a #PF reported; 0 otherwise
 * @param data the whole data area afterwards
 */
record Outcome(ExceptionVector exception, int errorCode, long faultAddress, long rip, long[] registers, long rflags,
		byte[] data) {

	boolean completed() {
		return exception == null;
	}
}
