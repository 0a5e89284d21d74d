package dev.gasket.x86.tests.qemu;

/**
 * One {@code <reg>} of a GDB target description.
 *
 * @param name    register name, e.g. {@code "rip"} or {@code "cr0"}
 * @param number  the register number the stub uses ({@code regnum}), which also orders the {@code g} packet
 * @param bitSize width in bits
 * @param type    the declared type, e.g. {@code "int64"}, {@code "code_ptr"}, {@code "i387_ext"}
 * @param feature the {@code <feature name>} it belongs to, e.g. {@code "org.gnu.gdb.i386.core"}
 */
public record RegisterInfo(String name, int number, int bitSize, String type, String feature) {

	/** Bytes the register takes in {@code g} and {@code p} replies. */
	public int byteSize() {
		return (bitSize + 7) / 8;
	}
}
