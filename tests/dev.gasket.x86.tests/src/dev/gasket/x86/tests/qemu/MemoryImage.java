package dev.gasket.x86.tests.qemu;

/**
 * Initial contents of a range of guest physical memory, so another machine can be given the same memory.
 *
 * @param name            what it is, e.g. {@code "reset stub (BIOS ROM)"}
 * @param physicalAddress where {@code contents()[0]} lives
 * @param contents        the bytes (copied on the way in and out)
 * @param readOnly        ROM: guest writes are ignored
 */
public record MemoryImage(String name, long physicalAddress, byte[] contents, boolean readOnly) {

	public MemoryImage {
		contents = contents.clone();
	}

	@Override
	public byte[] contents() {
		return contents.clone();
	}

	public long endAddress() {
		return physicalAddress + contents.length;
	}

	@Override
	public String toString() {
		return String.format("%s [%#x, %#x)%s", name, physicalAddress, endAddress(), readOnly ? " ROM" : "");
	}
}
