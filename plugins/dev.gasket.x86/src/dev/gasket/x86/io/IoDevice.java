package dev.gasket.x86.io;

/** A device on the I/O port bus. {@code offset} is the port minus the device's first port. */
public interface IoDevice {

	long read(int offset, int size);

	void write(int offset, int size, long value);
}
