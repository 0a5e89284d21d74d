package dev.gasket.lang.ui.tests;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;

/** Finding controls inside a shell or page, and clicking buttons as a user would (SWTBot's finders, by hand). */
final class Widgets {

	private Widgets() {
	}

	/** Every control of {@code type} under {@code parent}, depth first. */
	static <T extends Control> List<T> all(Composite parent, Class<T> type) {
		List<T> found = new ArrayList<>();
		for (Control child : parent.getChildren()) {
			if (type.isInstance(child)) {
				found.add(type.cast(child));
			}
			if (child instanceof Composite composite) {
				found.addAll(all(composite, type));
			}
		}
		return found;
	}

	static <T extends Control> T first(Composite parent, Class<T> type) {
		List<T> found = all(parent, type);
		return found.isEmpty() ? fail("no " + type.getSimpleName() + " in " + parent) : found.get(0);
	}

	/** The button whose label, without mnemonics, is {@code label}. */
	static Button button(Composite parent, String label) {
		for (Button button : all(parent, Button.class)) {
			if (button.getText().replace("&", "").equals(label)) {
				return button;
			}
		}
		return fail("no button " + label + " in " + parent);
	}

	/** The dialog button with the id JFace gave it ({@code IDialogConstants.OK_ID}, …). */
	static Button dialogButton(Composite parent, int id) {
		for (Button button : all(parent, Button.class)) {
			if (Integer.valueOf(id).equals(button.getData())) {
				return button;
			}
		}
		return fail("no dialog button " + id + " in " + parent);
	}

	/** Selects the button (toggling a check box) and tells its listeners, as a click does. */
	static void click(Button button) {
		if ((button.getStyle() & SWT.CHECK) != 0) {
			button.setSelection(!button.getSelection());
		}
		button.notifyListeners(SWT.Selection, new Event());
		UiConditions.flushEvents();
	}
}
