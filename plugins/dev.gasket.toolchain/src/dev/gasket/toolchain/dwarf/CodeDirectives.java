package dev.gasket.toolchain.dwarf;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * Finds the {@code .code16}, {@code .code16gcc}, {@code .code32} and {@code .code64} directives of one GNU as source
 * file, skipping comments ({@code #}, {@code //}, {@code /* *}{@code /}) and strings, and splitting statements at
 * {@code ;}. Directives produced by macros or inside conditional assembly are not seen.
 */
final class CodeDirectives {

	private static final Map<String, CodeSize> DIRECTIVES = Map.of(".code16", CodeSize.BITS_16,
			".code16gcc", CodeSize.BITS_16, ".code32", CodeSize.BITS_32, ".code64", CodeSize.BITS_64);

	/** Whether the scan is inside a block comment, which can span lines. */
	private boolean inBlockComment;

	private CodeDirectives() {
	}

	/**
	 * The code size in effect from each key line on: a directive takes effect on its own line if no instruction
	 * precedes it there, otherwise on the next line.
	 */
	static NavigableMap<Integer, CodeSize> scan(String text) {
		CodeDirectives scanner = new CodeDirectives();
		NavigableMap<Integer, CodeSize> changes = new TreeMap<>();
		String[] lines = text.split("\r?\n", -1);
		for (int index = 0; index < lines.length; index++) {
			int lineNumber = index + 1;
			boolean instructionSeen = false;
			for (String statement : scanner.statements(lines[index])) {
				CodeSize size = DIRECTIVES.get(statement.split("\\s+", 2)[0].toLowerCase(Locale.ROOT));
				if (size != null) {
					changes.put(instructionSeen ? lineNumber + 1 : lineNumber, size);
				} else {
					instructionSeen = true;
				}
			}
		}
		return changes;
	}

	/** The non-empty statements of {@code line} without comments and leading labels. */
	private List<String> statements(String line) {
		List<String> statements = new ArrayList<>();
		StringBuilder statement = new StringBuilder();
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (inBlockComment) {
				if (line.startsWith("*/", i)) {
					inBlockComment = false;
					i++;
				}
			} else if (line.startsWith("/*", i)) {
				inBlockComment = true;
				statement.append(' ');
				i++;
			} else if (c == '#' || line.startsWith("//", i)) {
				break;
			} else if (c == ';') {
				addStatement(statements, statement);
			} else if (c == '"') {
				int end = endOfString(line, i);
				statement.append(line, i, end);
				i = end - 1;
			} else {
				statement.append(c);
			}
		}
		addStatement(statements, statement);
		return statements;
	}

	private static void addStatement(List<String> statements, StringBuilder statement) {
		String withoutLabels = statement.toString().strip().replaceFirst("^([A-Za-z_.$][\\w.$]*:\\s*)+", "");
		if (!withoutLabels.isEmpty()) {
			statements.add(withoutLabels);
		}
		statement.setLength(0);
	}

	/** The index after the string literal starting at {@code start}, or the line's end if it is unterminated. */
	private static int endOfString(String line, int start) {
		for (int i = start + 1; i < line.length(); i++) {
			if (line.charAt(i) == '\\') {
				i++;
			} else if (line.charAt(i) == '"') {
				return i + 1;
			}
		}
		return line.length();
	}
}
