package dev.gasket.x86.io;

/**
 * The 64 Ki I/O port space. Ports without a device read as all ones and ignore writes, as on a PC.
 * By default it has the debug console at 0xe9 and COM1 at 0x3f8.
 */
public final class IoPorts {

	public static final int DEBUG_CONSOLE = 0xe9;
	public static final int COM1 = 0x3f8;

	private final IoDevice[] devices = new IoDevice[0x10000];
	private final int[] firstPort = new int[0x10000];
	private final OutputDevice debugConsole = new OutputDevice();
	private final SerialPort serial = new SerialPort();

	public IoPorts() {
		attach(DEBUG_CONSOLE, 1, debugConsole);
		attach(COM1, 8, serial);
	}

	public void attach(int port, int count, IoDevice device) {
		for (int i = 0; i < count; i++) {
			devices[port + i] = device;
			firstPort[port + i] = port;
		}
	}

	public long read(int port, int size) {
		IoDevice device = devices[port & 0xffff];
		return device == null ? (1L << (size * 8)) - 1 : device.read(port - firstPort[port & 0xffff], size);
	}

	public void write(int port, int size, long value) {
		IoDevice device = devices[port & 0xffff];
		if (device != null) {
			device.write(port - firstPort[port & 0xffff], size, value);
		}
	}

	public OutputDevice debugConsole() {
		return debugConsole;
	}

	public SerialPort serial() {
		return serial;
	}
}
