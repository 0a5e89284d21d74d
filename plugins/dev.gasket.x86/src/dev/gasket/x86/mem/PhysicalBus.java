package dev.gasket.x86.mem;

/**
 * Physical accesses as a PC bus performs them: bytes beyond the installed memory read as all ones and writes to them
 * are dropped, instead of the {@link MemoryAccessException} that {@link PhysicalMemory} throws.
 */
final class PhysicalBus {

	private static final int ABSENT_BYTE = 0xFF;

	private final PhysicalMemory memory;

	PhysicalBus(PhysicalMemory memory) {
		this.memory = memory;
	}

	/** Reads {@code size} (1, 2, 4 or 8) bytes little-endian, zero-extended. */
	long read(long address, int size) {
		if (address > memory.size() - size) {
			return readBytes(address, size);
		}
		return memory.readValue(address, size);
	}

	/** Writes the low {@code size} (1, 2, 4 or 8) bytes of {@code value} little-endian. */
	void write(long address, int size, long value) {
		if (address > memory.size() - size) {
			writeBytes(address, size, value);
			return;
		}
		memory.writeValue(address, size, value);
	}

	/** Reads {@code count} (at most 8) bytes little-endian, byte by byte; absent bytes read as 0xFF. */
	long readBytes(long address, int count) {
		long value = 0;
		for (int i = count - 1; i >= 0; i--) {
			long at = address + i;
			value = value << 8 | (at < memory.size() ? memory.readByte(at) : ABSENT_BYTE);
		}
		return value;
	}

	/** Writes the low {@code count} (at most 8) bytes of {@code value}, dropping the absent ones. */
	void writeBytes(long address, int count, long value) {
		for (int i = 0; i < count; i++) {
			long at = address + i;
			if (at < memory.size()) {
				memory.writeByte(at, value >>> (8 * i));
			}
		}
	}
}
