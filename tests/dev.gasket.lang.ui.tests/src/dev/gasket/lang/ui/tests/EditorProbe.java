package dev.gasket.lang.ui.tests;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.PlatformUI;

/**
 * Times an open editor the way a user feels it: a key event goes through the text widget, and the clock stops when the
 * widget's style at an offset has the expected colour, the UI thread's event loop running meanwhile.
 */
final class EditorProbe {
	private static final Duration LIMIT = Duration.ofMinutes(3);

	private final StyledText text;

	EditorProbe(StyledText text) {
		this.text = text;
	}

	static Color color(String colorId) {
		return PlatformUI.getWorkbench().getThemeManager().getCurrentTheme().getColorRegistry().get(colorId);
	}

	/** Places the caret at {@code offset}, presses {@code key} and returns the ms until the style at {@code probe} passes {@code test}. */
	double keyUntil(int offset, char key, int probe, Predicate<Color> test) {
		text.setCaretOffset(offset);
		UiConditions.flushEvents();
		long start = System.nanoTime();
		Event event = new Event();
		event.character = key;
		event.keyCode = key == SWT.BS ? SWT.BS : key;
		text.notifyListeners(SWT.KeyDown, event);
		waitFor(() -> test.test(foreground(probe)));
		return (System.nanoTime() - start) / 1e6;
	}

	/** Waits until the style at {@code offset} has {@code colorId}; the ms it took. */
	double until(int offset, String colorId) {
		Color expected = color(colorId);
		long start = System.nanoTime();
		waitFor(() -> expected.equals(foreground(offset)));
		return (System.nanoTime() - start) / 1e6;
	}

	/** Lets the event loop run for {@code millis}, as a user's pause between keystrokes. */
	static void pause(long millis) {
		long end = System.nanoTime() + millis * 1_000_000;
		Display display = Display.getCurrent();
		while (System.nanoTime() < end) {
			if (!display.readAndDispatch()) {
				display.timerExec(2, () -> { });
				display.sleep();
			}
		}
	}

	private Color foreground(int offset) {
		if (offset >= text.getCharCount()) {
			return null;
		}
		StyleRange range = text.getStyleRangeAtOffset(offset);
		return range == null ? null : range.foreground;
	}

	private static void waitFor(BooleanSupplier condition) {
		UiConditions.waitUntil("the expected colour", LIMIT, condition);
	}

	/** Median and maximum of samples in ms. */
	record Times(double median, double max) {
		static Times of(List<Double> samples) {
			List<Double> sorted = new ArrayList<>(samples);
			sorted.sort(null);
			return new Times(sorted.get(sorted.size() / 2), sorted.get(sorted.size() - 1));
		}
	}
}
