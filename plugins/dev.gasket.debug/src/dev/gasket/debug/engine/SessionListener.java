package dev.gasket.debug.engine;

/** Told about what a session does; the Eclipse debug model and {@code gasket run} both listen. */
public interface SessionListener {

	default void stopped(SessionStop stop) {
	}

	/** A complete line the program wrote to the debug console (port 0xe9) or the serial port, without its newline. */
	default void console(String line) {
	}
}
