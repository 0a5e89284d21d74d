package dev.gasket.x86.io;

/**
 * The transmit side of a 16550 UART (COM1 at 0x3f8): bytes written to THR are collected, and the line
 * status register always reports an empty transmitter so that polling loops proceed.
 */
public final class SerialPort extends OutputDevice {

	private static final int LINE_STATUS = 5;
	private static final int TRANSMITTER_EMPTY = 0x60;
	private final int[] registers = new int[8];

	@Override
	public long read(int offset, int size) {
		return offset == LINE_STATUS ? TRANSMITTER_EMPTY : registers[offset & 7];
	}

	@Override
	public void write(int offset, int size, long value) {
		boolean divisorLatch = (registers[3] & 0x80) != 0;
		if (offset == 0 && !divisorLatch) {
			accept((int) value & 0xff);
		} else {
			registers[offset & 7] = (int) value & 0xff;
		}
	}
}
