package dev.gasket.x86.io;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * A device that collects the bytes a program writes: the debug console at port 0xe9 (Bochs/QEMU
 * convention) or the transmit register of a serial port. Listeners see each byte as it is written.
 */
public class OutputDevice implements IoDevice {

	private final StringBuilder received = new StringBuilder();
	private final List<IntConsumer> listeners = new ArrayList<>();

	@Override
	public long read(int offset, int size) {
		// Reading 0xe9 back identifies the debug console to programs that probe for it.
		return 0xe9;
	}

	@Override
	public void write(int offset, int size, long value) {
		if (offset == 0) {
			accept((int) value & 0xff);
		}
	}

	protected final void accept(int b) {
		synchronized (received) {
			received.append(new String(new byte[] { (byte) b }, StandardCharsets.ISO_8859_1));
		}
		for (IntConsumer listener : listeners) {
			listener.accept(b);
		}
	}

	/** Everything written so far, one character per byte. */
	public String output() {
		synchronized (received) {
			return received.toString();
		}
	}

	public void addListener(IntConsumer listener) {
		listeners.add(listener);
	}
}
