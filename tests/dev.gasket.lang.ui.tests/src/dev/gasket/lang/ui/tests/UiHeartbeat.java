package dev.gasket.lang.ui.tests;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.List;

import org.eclipse.swt.widgets.Display;

/**
 * A timer on the UI thread every {@value #PERIOD_MILLIS} ms that records the longest gap between two of its ticks: how
 * long the UI thread was at most unable to process events (to paint, to take a keystroke) while it ran. The same gap
 * less the garbage collector's pauses within it tells the UI thread's own work from the JVM stopping every thread.
 */
final class UiHeartbeat {
	static final int PERIOD_MILLIS = 5;

	/** The longest gaps in ms, the timer's own period included. */
	record Stall(double longest, double longestWithoutGc) {
	}

	private final Display display;
	private final Runnable tick = this::tick;
	/** The stop-the-world collectors: the concurrent ones' time is not a pause. */
	private final List<GarbageCollectorMXBean> pausingCollectors = ManagementFactory.getGarbageCollectorMXBeans().stream()
			.filter(collector -> !collector.getName().contains("Concurrent")).toList();
	private long lastTick;
	private long lastGcMillis;
	private long longestGap;
	private long longestGapWithoutGc;
	private boolean running;

	UiHeartbeat(Display display) {
		this.display = display;
	}

	void start() {
		running = true;
		longestGap = 0;
		longestGapWithoutGc = 0;
		lastTick = System.nanoTime();
		lastGcMillis = gcMillis();
		display.timerExec(PERIOD_MILLIS, tick);
	}

	Stall stop() {
		running = false;
		display.timerExec(-1, tick);
		return new Stall(longestGap / 1e6, longestGapWithoutGc / 1e6);
	}

	private void tick() {
		long now = System.nanoTime();
		long gc = gcMillis();
		long gap = now - lastTick;
		longestGap = Math.max(longestGap, gap);
		longestGapWithoutGc = Math.max(longestGapWithoutGc, gap - (gc - lastGcMillis) * 1_000_000);
		lastTick = now;
		lastGcMillis = gc;
		if (running) {
			display.timerExec(PERIOD_MILLIS, tick);
		}
	}

	private long gcMillis() {
		return pausingCollectors.stream().mapToLong(GarbageCollectorMXBean::getCollectionTime).sum();
	}
}
