package dev.gasket.x86.decode;

/** Where the decoder reads instruction bytes from: emulated memory (which may fault) or a byte array. */
@FunctionalInterface
public interface ByteSource {

	/** The byte at {@code address}, 0..255. */
	int byteAt(long address);

	static ByteSource of(byte[] code, long origin) {
		return address -> {
			long index = address - origin;
			if (index < 0 || index >= code.length) {
				throw new IndexOutOfBoundsException("instruction runs past the end of the code at 0x" + Long.toHexString(address));
			}
			return Byte.toUnsignedInt(code[(int) index]);
		};
	}
}
