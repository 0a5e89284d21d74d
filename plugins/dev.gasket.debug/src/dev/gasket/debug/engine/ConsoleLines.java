package dev.gasket.debug.engine;

import java.util.function.Consumer;

/** Collects bytes written to an output port into lines, so each program line reaches listeners once. */
final class ConsoleLines {

	private final StringBuilder pending = new StringBuilder();
	private final Consumer<String> lines;

	ConsoleLines(Consumer<String> lines) {
		this.lines = lines;
	}

	void accept(int b) {
		if (b == '\n') {
			emit();
		} else if (b != '\r') {
			pending.append((char) b);
		}
	}

	/** Hands on a last line the program did not end with a newline. */
	void flush() {
		if (!pending.isEmpty()) {
			emit();
		}
	}

	private void emit() {
		String line = pending.toString();
		pending.setLength(0);
		lines.accept(line);
	}
}
