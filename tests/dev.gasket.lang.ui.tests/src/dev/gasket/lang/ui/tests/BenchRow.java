package dev.gasket.lang.ui.tests;

import java.util.List;
import java.util.Locale;

/** One file's results in the editor benchmark, and the table of all of them with ratios to the smallest files. */
record BenchRow(String name, int lines, EditorProbe.Times keystroke, EditorProbe.Times semantic, UiHeartbeat.Stall stall, double opened) {

	static String table(List<BenchRow> rows) {
		StringBuilder table = new StringBuilder("\nEditor benchmark (ms; median / max; no assertion on times)\n");
		table.append(String.format(Locale.ROOT, "%-12s %-20s %-20s %-24s %-14s%n", "file", "keystroke->lexical", "edit->semantic",
				"UI stall / without GC", "open->semantic"));
		for (BenchRow row : rows) {
			String stall = row.stall == null ? "-"
					: EditorBenchUiTest.format(row.stall.longest()) + " / " + EditorBenchUiTest.format(row.stall.longestWithoutGc());
			table.append(String.format(Locale.ROOT, "%-12s %-20s %-20s %-24s %-14s%n", row.name, times(row.keystroke), times(row.semantic),
					stall, EditorBenchUiTest.format(row.opened)));
		}
		table.append("(UI stall: the longest gap of a 5 ms UI-thread timer while the edit->semantic rounds ran, all GC pauses in it included / left out)\n");
		BenchRow empty = rows.get(0);
		BenchRow tiny = rows.get(1);
		BenchRow large = rows.get(rows.size() - 1);
		BenchRow medium = rows.get(rows.size() - 2);
		table.append(String.format(Locale.ROOT, "ratios (medians): keystroke %s/%s %.2fx, %s/empty %.2fx; edit->semantic %s/%s %.2fx, %s/%s %.2fx%n",
				large.name, medium.name, large.keystroke.median() / medium.keystroke.median(), large.name,
				large.keystroke.median() / empty.keystroke.median(), large.name, medium.name, large.semantic.median() / medium.semantic.median(),
				large.name, tiny.name, large.semantic.median() / tiny.semantic.median()));
		return table.toString();
	}

	private static String times(EditorProbe.Times times) {
		return times == null ? "-" : EditorBenchUiTest.format(times.median()) + " / " + EditorBenchUiTest.format(times.max());
	}
}
