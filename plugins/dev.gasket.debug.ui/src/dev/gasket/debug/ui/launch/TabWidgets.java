package dev.gasket.debug.ui.launch;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/**
 * The tabs' layout: a label in the first column, the field spanning the middle, buttons on the right. Every field
 * follows its label, which is how screen readers (and the UI tests) find it.
 */
final class TabWidgets {
	static final int COLUMNS = 3;

	private TabWidgets() {
	}

	static Group group(Composite parent, String title) {
		Group group = new Group(parent, SWT.NONE);
		group.setText(title);
		group.setLayout(new GridLayout(COLUMNS, false));
		group.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		return group;
	}

	static Label label(Composite parent, String text) {
		Label label = new Label(parent, SWT.NONE);
		label.setText(text);
		label.setLayoutData(new GridData(SWT.BEGINNING, SWT.CENTER, false, false));
		return label;
	}

	/** A one-line text after its label, leaving {@code buttons} columns free on the right. */
	static Text text(Composite parent, String label, int buttons, Runnable changed) {
		label(parent, label);
		Text text = new Text(parent, SWT.SINGLE | SWT.BORDER);
		text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, COLUMNS - 1 - buttons, 1));
		text.addModifyListener(event -> changed.run());
		return text;
	}

	/** A text of a few lines for one entry per line, with a hint of the format. */
	static Text lines(Composite parent, String label, String hint, Runnable changed) {
		Label title = label(parent, label);
		title.setLayoutData(new GridData(SWT.BEGINNING, SWT.TOP, false, false));
		Text text = new Text(parent, SWT.MULTI | SWT.BORDER | SWT.V_SCROLL);
		GridData data = new GridData(SWT.FILL, SWT.FILL, true, false, COLUMNS - 1, 1);
		data.heightHint = text.getLineHeight() * 3;
		text.setLayoutData(data);
		text.setMessage(hint);
		text.addModifyListener(event -> changed.run());
		return text;
	}

	static Combo combo(Composite parent, String label, int style, Runnable changed) {
		label(parent, label);
		Combo combo = new Combo(parent, style);
		combo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, COLUMNS - 1, 1));
		combo.addModifyListener(event -> changed.run());
		return combo;
	}

	static Button button(Composite parent, String text, Runnable pressed) {
		Button button = new Button(parent, SWT.PUSH);
		button.setText(text);
		button.setLayoutData(new GridData(SWT.FILL, SWT.TOP, false, false));
		button.addListener(SWT.Selection, event -> pressed.run());
		return button;
	}

	static Button check(Composite parent, String text, Runnable changed) {
		Button check = new Button(parent, SWT.CHECK);
		check.setText(text);
		check.setLayoutData(new GridData(SWT.BEGINNING, SWT.CENTER, false, false, COLUMNS, 1));
		check.addListener(SWT.Selection, event -> changed.run());
		return check;
	}

	/** The text's non-blank lines, stripped. */
	static List<String> entries(Text text) {
		return text.getText().lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
	}

	static void setEntries(Text text, List<String> entries) {
		text.setText(String.join(Text.DELIMITER, entries));
	}
}
