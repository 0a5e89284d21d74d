package dev.gasket.toolchain;

/** A GNU tool could not be found or run; the message says what went wrong and, where possible, how to fix it. */
public final class ToolchainException extends Exception {

	private static final long serialVersionUID = 1L;

	public ToolchainException(String message) {
		super(message);
	}

	public ToolchainException(String message, Throwable cause) {
		super(message, cause);
	}
}
