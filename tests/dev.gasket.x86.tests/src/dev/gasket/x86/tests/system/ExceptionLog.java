package dev.gasket.x86.tests.system;

import dev.gasket.x86.cpu.ExceptionVector;

/**
 * The console lines the exception handlers of the system-test programs print, built from the program's symbols:
 * {@code #vv err=eeee rip=rrrrrrrr cs=ssss}, then whatever else the program's handler prints.
 */
final class ExceptionLog {

	private final SystemProgram program;
	private final int ripDigits;
	private final long cs;
	private final StringBuilder lines = new StringBuilder();

	/**
	 * @param ripDigits how many hex digits the handler prints of the saved instruction pointer
	 * @param cs        the saved CS the handler sees
	 */
	ExceptionLog(SystemProgram program, int ripDigits, long cs) {
		this.program = program;
		this.ripDigits = ripDigits;
		this.cs = cs;
	}

	/**
	 * An exception whose saved instruction pointer is the address of {@code ripSymbol}.
	 *
	 * @param more the rest of the line, e.g. {@code " cr2=..."}
	 */
	ExceptionLog add(ExceptionVector vector, int errorCode, String ripSymbol, String more) {
		return add(vector.vector(), errorCode, ripSymbol, more);
	}

	ExceptionLog add(ExceptionVector vector, int errorCode, String ripSymbol) {
		return add(vector.vector(), errorCode, ripSymbol, "");
	}

	/** Any vector, e.g. a software interrupt's. */
	ExceptionLog add(int vector, int errorCode, String ripSymbol, String more) {
		lines.append(String.format("#%02x err=%04x rip=%0" + ripDigits + "x cs=%04x", vector, errorCode,
				program.symbol(ripSymbol), cs)).append(more).append('\n');
		return this;
	}

	String expected() {
		return lines.toString();
	}
}
