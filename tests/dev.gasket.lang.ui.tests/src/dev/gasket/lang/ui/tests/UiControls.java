package dev.gasket.lang.ui.tests;

import java.util.Optional;
import java.util.function.Predicate;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/** Finds a dialog's controls by what the user reads on them, and clicks them as the user would. */
final class UiControls {

	private UiControls() {
	}

	static Button button(Composite root, String text) {
		return find(root, Button.class, button -> button.getText().equals(text))
				.orElseThrow(() -> new AssertionError("no button '" + text + "'"));
	}

	/** The text field right after the label {@code label} among its siblings. */
	static Text textAfter(Composite root, String label) {
		Label found = find(root, Label.class, candidate -> candidate.getText().equals(label))
				.orElseThrow(() -> new AssertionError("no label '" + label + "'"));
		Control[] siblings = found.getParent().getChildren();
		for (int i = 0; i + 1 < siblings.length; i++) {
			if (siblings[i] == found && siblings[i + 1] instanceof Text text) {
				return text;
			}
		}
		throw new AssertionError("no text field after '" + label + "'");
	}

	static void click(Button button) {
		button.notifyListeners(SWT.Selection, new Event());
		UiConditions.flushEvents();
	}

	private static <T extends Control> Optional<T> find(Control control, Class<T> type, Predicate<T> test) {
		if (type.isInstance(control) && test.test(type.cast(control))) {
			return Optional.of(type.cast(control));
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				Optional<T> found = find(child, type, test);
				if (found.isPresent()) {
					return found;
				}
			}
		}
		return Optional.empty();
	}
}
