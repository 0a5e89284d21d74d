package dev.gasket.x86.tests.qemu;

/** The stub did not send what was awaited in time; the message names what was awaited. */
public class GdbTimeoutException extends GdbRemoteException {

	private static final long serialVersionUID = 1L;

	public GdbTimeoutException(String message, Throwable cause) {
		super(message, cause);
	}
}
