package dev.gasket.lang.ui.tests;

import java.util.List;
import java.util.Locale;

/** One file's results in the editor benchmark, and the table of all of them with ratios to the smallest files. */
record BenchRow(String name, int lines, EditorProbe.Times keystroke, EditorProbe.Times semantic, double stall, double opened) {

	static String table(List<BenchRow> rows) {
		StringBuilder table = new StringBuilder("\nEditor benchmark (ms; median / max; no assertion on times)\n");
		table.append(String.format(Locale.ROOT, "%-14s %-22s %-22s %-20s %-14s%n", "file", "keystroke->lexical", "edit->semantic",
				"max UI stall (reconc.)", "open->semantic"));
		for (BenchRow row : rows) {
			table.append(String.format(Locale.ROOT, "%-14s %-22s %-22s %-20s %-14s%n", row.name, times(row.keystroke), times(row.semantic),
					EditorBenchUiTest.format(row.stall), EditorBenchUiTest.format(row.opened)));
		}
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
