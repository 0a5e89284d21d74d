package dev.gasket.lang.ui.outline;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Objects;

import dev.gasket.lang.ide.navigation.OutlineEntry;
import dev.gasket.lang.ide.navigation.SymbolLocation;

/**
 * Outlines compared by what the tree shows (names, kinds, sizes and nesting) rather than by where the symbols are:
 * typing mostly moves symbols without changing that, and then the tree can stay as it is, its entries standing for the
 * entries at the same places in the newer outline. Rebuilding the tree of a large file costs the UI thread a
 * noticeable pause.
 */
final class OutlineShape {

	private OutlineShape() {
	}

	static boolean same(List<OutlineEntry> one, List<OutlineEntry> other) {
		if (one.size() != other.size()) {
			return false;
		}
		for (int i = 0; i < one.size(); i++) {
			SymbolLocation a = one.get(i).symbol();
			SymbolLocation b = other.get(i).symbol();
			if (!a.name().equals(b.name()) || !Objects.equals(a.kind(), b.kind()) || !a.size().equals(b.size())
					|| !same(one.get(i).children(), other.get(i).children())) {
				return false;
			}
		}
		return true;
	}

	/** The entry of {@code to} at the place {@code entry} (by identity) has in {@code from}, an outline of the same shape; null if it is not in {@code from}. */
	static OutlineEntry counterpart(List<OutlineEntry> from, List<OutlineEntry> to, OutlineEntry entry) {
		if (from == to || entry == null) {
			return entry;
		}
		Deque<Integer> path = new ArrayDeque<>();
		if (!find(from, entry, path)) {
			return null;
		}
		List<OutlineEntry> level = to;
		OutlineEntry found = null;
		for (int index : path) {
			found = level.get(index);
			level = found.children();
		}
		return found;
	}

	private static boolean find(List<OutlineEntry> entries, OutlineEntry wanted, Deque<Integer> path) {
		for (int i = 0; i < entries.size(); i++) {
			path.addLast(i);
			if (entries.get(i) == wanted || find(entries.get(i).children(), wanted, path)) {
				return true;
			}
			path.removeLast();
		}
		return false;
	}
}
