package dev.gasket.x86.tests.qemu;

/** A failure talking to a GDB remote stub: timeout, malformed or corrupted packet, or an error reply. */
public class GdbRemoteException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public GdbRemoteException(String message) {
		super(message);
	}

	public GdbRemoteException(String message, Throwable cause) {
		super(message, cause);
	}
}
