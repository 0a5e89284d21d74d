package dev.gasket.x86.machine;

import java.util.Arrays;

/**
 * A set of linear addresses with open addressing over a {@code long[]}: checking it on every instruction
 * costs a multiply and one or two array reads, so breakpoints barely slow the emulator down.
 */
final class AddressSet {

	private static final long EMPTY = Long.MIN_VALUE + 0x5a5a;
	private long[] slots = newSlots(64);
	private int size;

	private static long[] newSlots(int capacity) {
		long[] slots = new long[capacity];
		Arrays.fill(slots, EMPTY);
		return slots;
	}

	boolean isEmpty() {
		return size == 0;
	}

	boolean contains(long address) {
		int mask = slots.length - 1;
		for (int i = index(address, mask); ; i = (i + 1) & mask) {
			long slot = slots[i];
			if (slot == address) {
				return true;
			}
			if (slot == EMPTY) {
				return false;
			}
		}
	}

	boolean add(long address) {
		if (contains(address)) {
			return false;
		}
		if ((size + 1) * 2 > slots.length) {
			long[] old = slots;
			slots = newSlots(old.length * 2);
			for (long value : old) {
				if (value != EMPTY) {
					insert(value);
				}
			}
		}
		insert(address);
		size++;
		return true;
	}

	boolean remove(long address) {
		if (!contains(address)) {
			return false;
		}
		long[] old = slots;
		slots = newSlots(old.length);
		size = 0;
		for (long value : old) {
			if (value != EMPTY && value != address) {
				insert(value);
				size++;
			}
		}
		return true;
	}

	long[] toArray() {
		return Arrays.stream(slots).filter(value -> value != EMPTY).sorted().toArray();
	}

	private void insert(long address) {
		int mask = slots.length - 1;
		int i = index(address, mask);
		while (slots[i] != EMPTY) {
			i = (i + 1) & mask;
		}
		slots[i] = address;
	}

	private static int index(long address, int mask) {
		return (int) ((address * 0x9e3779b97f4a7c15L) >>> 40) & mask;
	}
}
