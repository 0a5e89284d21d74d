package dev.gasket.debug.ui.tests;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/**
 * Drives a modal dialog from inside its own event loop: the checks run once the dialog's shell shows, then every
 * shell the dialog opened is closed, edits reverted (also when a check failed), and a failure is rethrown to the test.
 */
final class DialogDriver {

	private DialogDriver() {
	}

	static void drive(String title, Runnable openBlocking, Consumer<Shell> checks) {
		Display display = Display.getCurrent();
		List<Shell> before = List.of(display.getShells());
		Throwable[] failure = new Throwable[1];
		display.asyncExec(() -> {
			try {
				Ui.waitUntil("the dialog '" + title + "' shows", () -> shell(display, title) != null);
				checks.accept(shell(display, title));
			} catch (Throwable e) {
				failure[0] = e;
			} finally {
				Arrays.stream(display.getShells()).filter(shell -> !before.contains(shell) && !shell.isDisposed()).forEach(DialogDriver::discard);
			}
		});
		openBlocking.run();
		if (failure[0] instanceof Error error) {
			throw error;
		}
		if (failure[0] != null) {
			throw new AssertionError(failure[0]);
		}
	}

	/** Closes a dialog without the "save changes?" question a launch dialog asks for an edited configuration. */
	private static void discard(Shell dialog) {
		Widgets.find(dialog, Button.class, button -> button.getText().replace("&", "").equals("Revert") && button.isEnabled())
				.ifPresent(Widgets::click);
		if (!dialog.isDisposed()) {
			dialog.close();
		}
	}

	private static Shell shell(Display display, String title) {
		return Arrays.stream(display.getShells()).filter(shell -> shell.isVisible() && shell.getText().equals(title)).findFirst().orElse(null);
	}
}
