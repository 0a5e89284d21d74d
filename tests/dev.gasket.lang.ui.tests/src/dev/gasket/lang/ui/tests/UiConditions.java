package dev.gasket.lang.ui.tests;

import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.function.BooleanSupplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;

/**
 * Bounded waits on the UI thread, keeping the event loop running while waiting (what SWTBot's waitUntil does).
 */
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
				display.timerExec(20, () -> { });
				display.sleep();
			}
		}
	}

	/** Types through the widget's key handling, one key event per character, as a user would. */
	static void type(StyledText text, String characters) {
		for (char character : characters.toCharArray()) {
			Event event = new Event();
			event.character = character;
			event.keyCode = character == '\n' ? SWT.CR : character;
			text.notifyListeners(SWT.KeyDown, event);
			flushEvents();
		}
	}

	static void flushEvents() {
		Display display = Display.getCurrent();
		while (display.readAndDispatch()) {
			// drain what is queued
		}
	}
}
