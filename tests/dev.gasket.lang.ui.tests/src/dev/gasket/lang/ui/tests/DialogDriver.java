package dev.gasket.lang.ui.tests;

import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * Drives a modal dialog from inside its own event loop: each step waits (bounded) until the shell with the title
 * shows what it needs, then acts. A step that fails or times out closes the shell, so the test never hangs, and
 * {@link #assertDone()} reports why.
 */
final class DialogDriver {
	private record Step(String description, Predicate<Shell> ready, Consumer<Shell> action) {
	}

	private final String title;
	private final Duration timeout;
	private final List<Step> steps = new ArrayList<>();
	private int next;
	private long deadline;
	private String failure;

	DialogDriver(String title, Duration timeout) {
		this.title = title;
		this.timeout = timeout;
	}

	DialogDriver then(String description, Predicate<Shell> ready, Consumer<Shell> action) {
		steps.add(new Step(description, ready, action));
		return this;
	}

	/** Starts polling; call before the code that opens the dialog and blocks in it. */
	DialogDriver start() {
		deadline = System.nanoTime() + timeout.toNanos();
		Display.getCurrent().timerExec(50, this::poll);
		return this;
	}

	void assertDone() {
		if (failure != null) {
			fail(failure);
		}
		if (next < steps.size()) {
			fail("the dialog \"" + title + "\" closed before: " + steps.get(next).description());
		}
	}

	private void poll() {
		if (next >= steps.size() || failure != null) {
			return;
		}
		Step step = steps.get(next);
		Optional<Shell> shell = shell();
		try {
			if (shell.isPresent() && step.ready().test(shell.get())) {
				step.action().accept(shell.get());
				next++;
			} else if (System.nanoTime() > deadline) {
				throw new AssertionError("timed out after " + timeout.toMillis() + " ms waiting until " + step.description());
			}
		} catch (RuntimeException | AssertionError e) {
			failure = "in the dialog \"" + title + "\", " + step.description() + ": " + e;
			shell.ifPresent(Shell::close);
			return;
		}
		if (next < steps.size()) {
			Display.getCurrent().timerExec(50, this::poll);
		}
	}

	private Optional<Shell> shell() {
		for (Shell shell : Display.getCurrent().getShells()) {
			if (!shell.isDisposed() && shell.isVisible() && title.equals(shell.getText())) {
				return Optional.of(shell);
			}
		}
		return Optional.empty();
	}

	/** Something to run that may block in a modal dialog. */
	interface Blocking {
		void run() throws Exception;
	}

	/**
	 * Runs {@code blocking}, pressing {@code button} in every dialog titled {@code title} that opens meanwhile (the
	 * workbench's questions); returns the texts of the questions' labels, in order.
	 */
	static List<String> answering(String title, String button, Blocking blocking) throws Exception {
		List<String> questions = new ArrayList<>();
		boolean[] running = { true };
		Display display = Display.getCurrent();
		Runnable[] poll = new Runnable[1];
		poll[0] = () -> {
			if (!running[0]) {
				return;
			}
			for (Shell shell : display.getShells()) {
				if (!shell.isDisposed() && shell.isVisible() && title.equals(shell.getText())) {
					List<Control> controls = new ArrayList<>();
					collect(shell, controls);
					controls.stream().filter(Label.class::isInstance).map(label -> ((Label) label).getText()).filter(text -> !text.isEmpty())
							.forEach(questions::add);
					press(button(shell, button).orElseThrow(() -> new AssertionError("no " + button + " button in the dialog " + title)));
				}
			}
			display.timerExec(50, poll[0]);
		};
		display.timerExec(50, poll[0]);
		try {
			blocking.run();
		} finally {
			running[0] = false;
		}
		return questions;
	}

	/** The text field right after the label reading {@code label}. */
	static Optional<Text> fieldAfter(Composite root, String label) {
		List<Control> controls = new ArrayList<>();
		collect(root, controls);
		for (int i = 0; i + 1 < controls.size(); i++) {
			if (controls.get(i) instanceof Label found && label.equals(found.getText()) && controls.get(i + 1) instanceof Text text) {
				return Optional.of(text);
			}
		}
		return Optional.empty();
	}

	/** The push button whose label, without its mnemonic marker, is {@code label}. */
	static Optional<Button> button(Composite root, String label) {
		List<Control> controls = new ArrayList<>();
		collect(root, controls);
		return controls.stream().filter(control -> control instanceof Button button && !button.isDisposed()
				&& label.equals(button.getText().replace("&", ""))).map(Button.class::cast).findFirst();
	}

	static void press(Button button) {
		if (!button.isEnabled()) {
			throw new AssertionError("the button \"" + button.getText() + "\" is disabled");
		}
		button.notifyListeners(SWT.Selection, new Event());
	}

	static void collect(Control control, List<Control> controls) {
		controls.add(control);
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				collect(child, controls);
			}
		}
	}
}
