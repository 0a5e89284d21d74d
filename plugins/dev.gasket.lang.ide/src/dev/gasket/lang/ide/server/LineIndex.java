package dev.gasket.lang.ide.server;

import java.util.Arrays;

import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;

/**
 * Offsets of a text as LSP positions, found by binary search over line starts: the document's own conversion scans
 * from the start for every call, which is quadratic over a whole file's tokens.
 */
final class LineIndex {
	private final int[] lineStarts;

	LineIndex(String text) {
		int[] starts = new int[16];
		int count = 1;
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) == '\n') {
				if (count == starts.length) {
					starts = Arrays.copyOf(starts, count * 2);
				}
				starts[count++] = i + 1;
			}
		}
		lineStarts = Arrays.copyOf(starts, count);
	}

	int lineOf(int offset) {
		int found = Arrays.binarySearch(lineStarts, offset);
		return found >= 0 ? found : -found - 2;
	}

	int lineStart(int line) {
		return lineStarts[line];
	}

	Position position(int offset) {
		int line = lineOf(offset);
		return new Position(line, offset - lineStarts[line]);
	}

	Range range(int offset, int length) {
		return new Range(position(offset), position(offset + length));
	}
}
