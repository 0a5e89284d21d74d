package dev.gasket.debug.ui.tests;

import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.function.BooleanSupplier;

import org.eclipse.swt.widgets.Display;

/** Bounded waits on the UI thread that keep the event loop running meanwhile (what SWTBot's waitUntil does). */
final class UiConditions {

	private UiConditions() {
	}

	static void waitUntil(String description, Duration timeout, BooleanSupplier condition) {
		Display display = Display.getCurrent();
		long deadline = System.nanoTime() + timeout.toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				fail("timed out after " + timeout.toMillis() + " ms waiting until " + description);
			}
			if (!display.readAndDispatch()) {
				display.timerExec(10, () -> { });
				display.sleep();
			}
		}
	}

	static void flushEvents() {
		Display display = Display.getCurrent();
		while (display.readAndDispatch()) {
			// drain what is queued
		}
	}
}
