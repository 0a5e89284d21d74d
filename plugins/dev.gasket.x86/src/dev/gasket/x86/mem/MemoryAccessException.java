package dev.gasket.x86.mem;

/** Thrown when an access falls, wholly or partly, outside the emulated physical memory. */
public final class MemoryAccessException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final long address;
	private final long length;

	public MemoryAccessException(long address, long length, long memorySize) {
		super(String.format("%d-byte access at 0x%x is outside physical memory of 0x%x bytes",
				length, address, memorySize));
		this.address = address;
		this.length = length;
	}

	/** The first address of the rejected access. */
	public long address() {
		return address;
	}

	/** The number of bytes the rejected access covered. */
	public long length() {
		return length;
	}
}
