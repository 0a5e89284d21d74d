package dev.gasket.debug.model.state;

/** Hexadecimal text as the views show it: {@code 0x} and two digits per byte of the value's width. */
final class Hex {

	private Hex() {
	}

	static String of(long value, int bytes) {
		long shown = bytes >= 8 ? value : value & ((1L << (8 * bytes)) - 1);
		return String.format("0x%0" + (2 * bytes) + "x", shown);
	}

	/** {@code 0x} and as many digits as the value needs. */
	static String of(long value) {
		return "0x" + Long.toHexString(value);
	}
}
