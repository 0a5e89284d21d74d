package dev.gasket.lang.ui.tests;

import org.eclipse.swt.widgets.Display;

/**
 * A timer on the UI thread every {@value #PERIOD_MILLIS} ms that records the longest gap between two of its ticks: how
 * long the UI thread was at most unable to process events (to paint, to take a keystroke) while it ran.
 */
final class UiHeartbeat {
	static final int PERIOD_MILLIS = 5;

	private final Display display;
	private final Runnable tick = this::tick;
	private long lastTick;
	private long longestGap;
	private boolean running;

	UiHeartbeat(Display display) {
		this.display = display;
	}

	void start() {
		running = true;
		longestGap = 0;
		lastTick = System.nanoTime();
		display.timerExec(PERIOD_MILLIS, tick);
	}

	/** Stops the timer and returns the longest gap in ms, the timer's own period included. */
	double stop() {
		running = false;
		display.timerExec(-1, tick);
		return longestGap / 1e6;
	}

	private void tick() {
		long now = System.nanoTime();
		longestGap = Math.max(longestGap, now - lastTick);
		lastTick = now;
		if (running) {
			display.timerExec(PERIOD_MILLIS, tick);
		}
	}
}
