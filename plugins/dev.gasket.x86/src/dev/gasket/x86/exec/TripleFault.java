package dev.gasket.x86.exec;

/**
 * The CPU shut down: an exception occurred while delivering a double fault (or could not be delivered at
 * all). On a PC this resets the machine; the emulator stops and reports why.
 */
public final class TripleFault extends RuntimeException {

	private static final long serialVersionUID = 1L;

	TripleFault(String reason) {
		super(reason, null, false, false);
	}
}
