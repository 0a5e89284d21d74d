package dev.gasket.x86.tests.differential;

import java.util.HexFormat;

/** Number formats for assembly text and reports. */
final class Hex {

	private Hex() {
	}

	/** {@code 0x1f} or {@code -0x1f}, as GNU as reads it. */
	static String signed(long value) {
		if (value == Long.MIN_VALUE) {
			return "-0x8000000000000000";
		}
		return value < 0 ? "-0x" + Long.toHexString(-value) : "0x" + Long.toHexString(value);
	}

	/** 16 hex digits. */
	static String qword(long value) {
		return String.format("%016x", value);
	}

	static String bytes(byte[] data, int from, int to) {
		return HexFormat.ofDelimiter(" ").formatHex(data, from, to);
	}
}
