package dev.gasket.debug.model.state;

import java.util.Arrays;
import java.util.Optional;
import java.util.OptionalLong;

import dev.gasket.x86.machine.Machine;
import dev.gasket.x86.mem.PageWalk;
import dev.gasket.x86.mem.PhysicalMemory;

/**
 * Memory as a debugger reads it: linear addresses go through the page tables with {@link Machine#translate} (no
 * accessed/dirty bits set, no faults), and a byte is readable only if its page is mapped to existing memory.
 */
final class LinearMemory {

	private static final int PAGE_SIZE = PhysicalMemory.PAGE_SIZE;

	private LinearMemory() {
	}

	/** The physical address of a linear one, empty if unmapped or beyond physical memory. */
	static OptionalLong physical(Machine machine, long linear) {
		OptionalLong physical = machine.translate(linear).physical();
		if (physical.isPresent() && Long.compareUnsigned(physical.getAsLong(), machine.memory().size()) >= 0) {
			return OptionalLong.empty();
		}
		return physical;
	}

	/** Why a linear address cannot be read, e.g. {@code "PDE not present"}. */
	static String failure(Machine machine, long linear) {
		PageWalk walk = machine.translate(linear);
		return walk.failure().orElse("physical address beyond the machine's memory");
	}

	/** {@code length} bytes from a linear address, one page walk per page; empty if any byte is unreadable. */
	static Optional<byte[]> read(Machine machine, long linear, int length) {
		byte[] data = new byte[length];
		int done = 0;
		while (done < length) {
			long address = linear + done;
			int chunk = (int) Math.min(length - done, PAGE_SIZE - (address & (PAGE_SIZE - 1)));
			OptionalLong physical = physical(machine, address);
			if (physical.isEmpty() || Long.compareUnsigned(physical.getAsLong() + chunk, machine.memory().size()) > 0) {
				return Optional.empty();
			}
			System.arraycopy(machine.memory().read(physical.getAsLong(), chunk), 0, data, done, chunk);
			done += chunk;
		}
		return Optional.of(data);
	}

	/**
	 * Writes bytes at a linear address, checking every page first so that nothing is written when any is unmapped.
	 *
	 * @throws IllegalArgumentException naming the first unmapped address and why
	 */
	static void write(Machine machine, long linear, byte[] data) {
		for (int done = 0; done < data.length; done = nextPage(linear, done)) {
			if (physical(machine, linear + done).isEmpty()) {
				throw new IllegalArgumentException(String.format("linear address 0x%x is not mapped: %s", linear + done,
						failure(machine, linear + done)));
			}
		}
		for (int done = 0; done < data.length;) {
			int next = Math.min(data.length, nextPage(linear, done));
			byte[] chunk = Arrays.copyOfRange(data, done, next);
			machine.memory().write(physical(machine, linear + done).getAsLong(), chunk);
			done = next;
		}
	}

	/** The offset into a buffer at {@code linear} where the page after the one holding offset {@code done} starts. */
	private static int nextPage(long linear, int done) {
		long address = linear + done;
		return done + (int) (PAGE_SIZE - (address & (PAGE_SIZE - 1)));
	}

	static long littleEndian(byte[] bytes) {
		long value = 0;
		for (int i = bytes.length - 1; i >= 0; i--) {
			value = value << 8 | Byte.toUnsignedLong(bytes[i]);
		}
		return value;
	}

	static byte[] littleEndian(long value, int size) {
		byte[] bytes = new byte[size];
		for (int i = 0; i < size; i++) {
			bytes[i] = (byte) (value >>> (8 * i));
		}
		return bytes;
	}
}
