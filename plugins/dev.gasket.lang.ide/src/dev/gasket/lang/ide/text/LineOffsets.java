package dev.gasket.lang.ide.text;

import java.util.Arrays;

/** Where the lines of a text start and end, to turn offsets into lines and back by binary search. */
public final class LineOffsets {
	private final String text;
	private final int[] starts;

	public LineOffsets(String text) {
		this.text = text;
		int[] found = new int[16];
		int count = 1;
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) == '\n') {
				if (count == found.length) {
					found = Arrays.copyOf(found, count * 2);
				}
				found[count++] = i + 1;
			}
		}
		starts = Arrays.copyOf(found, count);
	}

	/** The 0-based line of {@code offset}; a line break belongs to the line it ends. */
	public int lineOf(int offset) {
		int index = Arrays.binarySearch(starts, Math.max(0, Math.min(offset, text.length())));
		return index >= 0 ? index : -index - 2;
	}

	public int startOf(int line) {
		return starts[line];
	}

	/** The offset of the line break ending {@code line} (before a {@code \r\n}), or the text's end. */
	public int endOf(int line) {
		int end = line + 1 < starts.length ? starts[line + 1] - 1 : text.length();
		return end > starts[line] && text.charAt(end - 1) == '\r' ? end - 1 : end;
	}

	/** Whether only blanks precede {@code offset} on its line. */
	public boolean startsLine(int offset) {
		for (int i = startOf(lineOf(offset)); i < offset; i++) {
			if (!Character.isWhitespace(text.charAt(i))) {
				return false;
			}
		}
		return true;
	}
}
