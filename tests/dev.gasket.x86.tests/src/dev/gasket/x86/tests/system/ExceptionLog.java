package dev.gasket.x86.tests.system;

import dev.gasket.x86.cpu.ExceptionVector;

/**
 * The console lines the exception handlers of the system-test programs print, built from the program's symbols:
 * {@code #vv err=eeee rip=rrrrrrrr cs=ssss}, and {@code  cr2=...} (16 digits) for page faults.
 */
final class ExceptionLog {

	private final SystemProgram program;
	private final int ripDigits;
	private final long cs;
	private final StringBuilder lines = new StringBuilder();

	/** @param ripDigits how many hex digits the handler prints of the saved instruction pointer */
	ExceptionLog(SystemProgram program, int ripDigits, long cs) {
		this.program = program;
		this.ripDigits = ripDigits;
		this.cs = cs;
	}

	/** An exception whose saved instruction pointer is the address of {@code ripSymbol}. */
	ExceptionLog fault(ExceptionVector vector, int errorCode, String ripSymbol) {
		lines.append(head(vector.vector(), errorCode, program.symbol(ripSymbol))).append('\n');
		return this;
	}

	ExceptionLog pageFault(int errorCode, String ripSymbol, long cr2) {
		lines.append(head(ExceptionVector.PF.vector(), errorCode, program.symbol(ripSymbol)))
				.append(String.format(" cr2=%016x", cr2)).append('\n');
		return this;
	}

	private String head(int vector, int errorCode, long rip) {
		return String.format("#%02x err=%04x rip=%0" + ripDigits + "x cs=%04x", vector, errorCode, rip, cs);
	}

	String expected() {
		return lines.toString();
	}
}
