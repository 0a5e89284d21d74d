package dev.gasket.debug.ui.tests;

import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;

/** Bounded waits that keep the event loop running, commands as key bindings run them, and widgets found by type and text. */
final class Ui {
	static final Duration BOUND = Duration.ofSeconds(20);

	private Ui() {
	}

	static void waitUntil(String description, BooleanSupplier condition) {
		Display display = Display.getCurrent();
		long deadline = System.nanoTime() + BOUND.toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				fail("timed out after " + BOUND.toSeconds() + " s waiting until " + description);
			}
			if (!display.readAndDispatch()) {
				display.timerExec(20, () -> { });
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

	/** Runs a command through the active handler, as its key binding or menu item does. */
	static void execute(String commandId) throws Exception {
		PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(commandId, null);
		flushEvents();
	}

	static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	/** Every control of {@code type} under {@code root} (itself included) that {@code test} accepts, in tree order. */
	static <T extends Control> List<T> find(Control root, Class<T> type, Predicate<T> test) {
		List<T> found = new ArrayList<>();
		if (type.isInstance(root) && test.test(type.cast(root))) {
			found.add(type.cast(root));
		}
		if (root instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				found.addAll(find(child, type, test));
			}
		}
		return found;
	}
}
