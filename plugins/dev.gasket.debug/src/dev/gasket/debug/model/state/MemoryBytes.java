package dev.gasket.debug.model.state;

import java.util.OptionalLong;

import org.eclipse.debug.core.model.MemoryByte;

import dev.gasket.x86.machine.Machine;
import dev.gasket.x86.mem.PhysicalMemory;

/** Memory as the Memory view wants it: one {@link MemoryByte} per address, flagged readable or not. */
final class MemoryBytes {

	private static final byte READABLE = (byte) (MemoryByte.READABLE | MemoryByte.WRITABLE | MemoryByte.ENDIANESS_KNOWN);
	private static final byte UNREADABLE = MemoryByte.ENDIANESS_KNOWN;

	private MemoryBytes() {
	}

	/** Bytes at linear addresses, one page walk per page. */
	/** What the views get while the program runs: the CPU owns memory then, so nothing is read. */
	static MemoryByte[] unknown(int count) {
		MemoryByte[] bytes = new MemoryByte[count];
		for (int i = 0; i < count; i++) {
			bytes[i] = new MemoryByte((byte) 0, UNREADABLE);
		}
		return bytes;
	}

	static MemoryByte[] linear(Machine machine, long address, int count) {
		MemoryByte[] bytes = new MemoryByte[count];
		int done = 0;
		while (done < count) {
			long at = address + done;
			int chunk = (int) Math.min(count - done, PhysicalMemory.PAGE_SIZE - (at & (PhysicalMemory.PAGE_SIZE - 1)));
			OptionalLong physical = LinearMemory.physical(machine, at);
			for (int i = 0; i < chunk; i++) {
				bytes[done + i] = physical.isPresent() ? physicalByte(machine, physical.getAsLong() + i) : new MemoryByte((byte) 0, UNREADABLE);
			}
			done += chunk;
		}
		return bytes;
	}

	static MemoryByte[] physical(Machine machine, long address, int count) {
		MemoryByte[] bytes = new MemoryByte[count];
		for (int i = 0; i < count; i++) {
			bytes[i] = physicalByte(machine, address + i);
		}
		return bytes;
	}

	private static MemoryByte physicalByte(Machine machine, long address) {
		if (address < 0 || address >= machine.memory().size()) {
			return new MemoryByte((byte) 0, UNREADABLE);
		}
		return new MemoryByte((byte) machine.memory().readByte(address), READABLE);
	}

	/** @throws IllegalArgumentException if any of the bytes lies beyond the machine's memory */
	static void writePhysical(Machine machine, long address, byte[] data) {
		if (address < 0 || address + data.length > machine.memory().size()) {
			throw new IllegalArgumentException(String.format("physical 0x%x..0x%x lies beyond the memory (0x%x bytes)", address,
					address + data.length - 1, machine.memory().size()));
		}
		machine.memory().write(address, data);
	}
}
