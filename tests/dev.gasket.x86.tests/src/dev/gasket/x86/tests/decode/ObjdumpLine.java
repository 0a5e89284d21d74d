package dev.gasket.x86.tests.decode;

import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One instruction line of {@code objdump -D}: its offset, its bytes and objdump's text for it. */
record ObjdumpLine(long address, byte[] bytes, String text) {

	private static final Pattern LINE = Pattern.compile("^\\s*([0-9a-f]+):\\t([0-9a-f ]+?)\\s*\\t(.*)$");

	/** The line parsed, or null for objdump's headers and blank lines. */
	static ObjdumpLine parse(String line) {
		Matcher matcher = LINE.matcher(line);
		if (!matcher.matches()) {
			return null;
		}
		byte[] bytes = HexFormat.of().parseHex(matcher.group(2).replace(" ", ""));
		return new ObjdumpLine(Long.parseLong(matcher.group(1), 16), bytes, matcher.group(3));
	}

	String hexBytes() {
		return HexFormat.ofDelimiter(" ").formatHex(bytes);
	}
}
