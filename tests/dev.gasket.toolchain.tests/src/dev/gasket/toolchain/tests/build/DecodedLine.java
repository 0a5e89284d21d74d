package dev.gasket.toolchain.tests.build;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One row of {@code objdump --dwarf=decodedline}: the file and line an address's code comes from. */
record DecodedLine(String file, int line, long address) {

	/** File name, line number, starting address; rows that end a sequence have "-" as line and are left out. */
	private static final Pattern ROW = Pattern.compile("(?m)^(\\S+)\\s+(\\d+)\\s+0x(\\p{XDigit}+)\\b");

	static List<DecodedLine> of(String objdumpOutput) {
		List<DecodedLine> rows = new ArrayList<>();
		Matcher row = ROW.matcher(objdumpOutput);
		while (row.find()) {
			rows.add(new DecodedLine(row.group(1), Integer.parseInt(row.group(2)), Long.parseLong(row.group(3), 16)));
		}
		return rows;
	}
}
