package dev.gasket.toolchain.tests.dwarf;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rows printed by {@code objdump -w --dwarf=decodedline}. objdump prints the directory-qualified name of the
 * current file as a header line ({@code CU: dir/name:} or {@code dir/name:}) whenever the file changes, then one
 * line per row: file name, line ({@code -} for end_sequence), address, an optional view number and {@code x} for
 * statements.
 */
final class DecodedLineDump {

	/**
	 * One row of the dump.
	 *
	 * @param qualifiedName the file as in the last header line, without a leading {@code ./}
	 * @param fileName      the file name column
	 * @param line          the line, 0 for end_sequence rows
	 */
	record DumpedRow(String qualifiedName, String fileName, int line, long address, boolean statement,
			boolean endSequence) {
	}

	private static final Pattern ROW = Pattern.compile(
			"(\\S+)\\s+(\\d+|-)\\s+0x(\\p{XDigit}+)(?:\\s+\\d+)?(\\s+x)?\\s*");
	private static final Pattern HEADER = Pattern.compile("(?:CU: )?(\\S.*):(?:\\[\\+\\+\\])?");

	private DecodedLineDump() {
	}

	static List<DumpedRow> parse(String objdumpOutput) {
		List<DumpedRow> rows = new ArrayList<>();
		String qualifiedName = null;
		boolean inSection = false;
		for (String line : objdumpOutput.split("\n")) {
			if (line.startsWith("Contents of the .debug_line section")) {
				inSection = true;
				continue;
			}
			Matcher row = ROW.matcher(line);
			Matcher header = HEADER.matcher(line);
			if (!inSection || line.startsWith("File name")) {
				continue;
			}
			if (row.matches()) {
				boolean end = row.group(2).equals("-");
				rows.add(new DumpedRow(qualifiedName, row.group(1), end ? 0 : Integer.parseInt(row.group(2)),
						Long.parseUnsignedLong(row.group(3), 16), row.group(4) != null, end));
			} else if (header.matches()) {
				qualifiedName = header.group(1).replaceFirst("^\\./", "");
			}
		}
		return rows;
	}
}
