package dev.gasket.x86.tests.mem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.function.Executable;

import dev.gasket.x86.cpu.CpuFault;
import dev.gasket.x86.cpu.ExceptionVector;

/** Assertions on the #PF an MMU call raises; error-code bits as in the Intel SDM Vol. 3, 4.7. */
final class PageFaults {

	static final int PRESENT = 1;
	static final int WRITE = 1 << 1;
	static final int USER = 1 << 2;
	static final int RSVD = 1 << 3;
	static final int FETCH = 1 << 4;

	private PageFaults() {
	}

	/** Asserts that {@code call} raises #PF with {@code errorCode} and CR2 = {@code linear}; returns the fault. */
	static CpuFault assertPageFault(int errorCode, long linear, Executable call) {
		CpuFault fault = assertThrows(CpuFault.class, call);
		assertEquals(ExceptionVector.PF, fault.vector(), fault.getMessage());
		assertEquals(errorCode, fault.errorCode(), () -> "error code of " + fault.getMessage());
		assertEquals(linear, fault.faultingAddress(), () -> "CR2 of " + fault.getMessage());
		return fault;
	}
}
