package dev.gasket.x86.machine;

/** A data watchpoint on {@code length} bytes from a linear address; it fires after the access. */
public record Watchpoint(long address, long length, Kind kind) {

	public enum Kind {
		READ, WRITE, ACCESS
	}

	public Watchpoint {
		if (length <= 0) {
			throw new IllegalArgumentException("watchpoint length must be positive: " + length);
		}
	}

	boolean matches(long accessAddress, int size, boolean write) {
		boolean kindMatches = kind == Kind.ACCESS || (kind == Kind.WRITE) == write;
		return kindMatches && accessAddress < address + length && address < accessAddress + size;
	}
}
