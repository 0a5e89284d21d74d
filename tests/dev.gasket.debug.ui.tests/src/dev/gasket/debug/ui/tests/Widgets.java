package dev.gasket.debug.ui.tests;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;

/** Finds controls as a user does, by the text of their label or button, and acts on them through their events. */
final class Widgets {

	private Widgets() {
	}

	static List<Control> all(Control root) {
		return Ui.find(root, Control.class, any -> true);
	}

	static <T extends Control> Optional<T> find(Control root, Class<T> type, Predicate<T> matching) {
		return Ui.find(root, type, control -> !control.isDisposed() && matching.test(control)).stream().findFirst();
	}

	/** The visible control right after the label with {@code labelText}, as the tabs lay out "Label: field". */
	static <T extends Control> T afterLabel(Control root, String labelText, Class<T> type) {
		for (Control control : all(root)) {
			if (control instanceof Label label && label.getText().equals(labelText) && label.isVisible()) {
				Control[] siblings = label.getParent().getChildren();
				for (int i = 0; i < siblings.length - 1; i++) {
					if (siblings[i] == label && type.isInstance(siblings[i + 1])) {
						return type.cast(siblings[i + 1]);
					}
				}
			}
		}
		throw new AssertionError("no " + type.getSimpleName() + " after a label '" + labelText + "'");
	}

	static Button button(Control root, String text) {
		return find(root, Button.class, button -> button.getText().replace("&", "").equals(text) && button.isVisible())
				.orElseThrow(() -> new AssertionError("no button '" + text + "'"));
	}

	static void click(Button button) {
		if ((button.getStyle() & (SWT.CHECK | SWT.RADIO)) != 0) {
			button.setSelection(!button.getSelection());
		}
		button.notifyListeners(SWT.Selection, new Event());
	}

	/** Chooses an item of a combo and tells its listeners, as a user's choice does. */
	static void choose(Combo combo, String item) {
		int index = combo.indexOf(item);
		if (index < 0) {
			throw new AssertionError("the combo offers no '" + item + "' but " + List.of(combo.getItems()));
		}
		combo.select(index);
		combo.notifyListeners(SWT.Modify, new Event());
		combo.notifyListeners(SWT.Selection, new Event());
	}

	static void setValue(Spinner spinner, int value) {
		spinner.setSelection(value);
		spinner.notifyListeners(SWT.Modify, new Event());
		spinner.notifyListeners(SWT.Selection, new Event());
	}

	static void selectTab(Control root, String name) {
		for (Control control : all(root)) {
			if (control instanceof CTabFolder folder) {
				for (CTabItem item : folder.getItems()) {
					if (item.getText().replace("&", "").equals(name)) {
						folder.setSelection(item);
						Event event = new Event();
						event.item = item;
						folder.notifyListeners(SWT.Selection, event);
						return;
					}
				}
			}
		}
		throw new AssertionError("no tab '" + name + "'");
	}

	/** Whether some text or label in the tree shows {@code fragment}: how a dialog's message reaches the user. */
	static boolean shows(Control root, String fragment) {
		return all(root).stream().anyMatch(control -> control instanceof Text text && text.getText().contains(fragment)
				|| control instanceof Label label && label.getText().contains(fragment));
	}
}
