package dev.gasket.lang.ui.rename;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.ltk.ui.refactoring.UserInputWizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/** The rename dialog's one input: the new name, checked as it is typed. */
class NewNamePage extends UserInputWizardPage {
	private final RenameSymbolProcessor processor;

	NewNamePage(RenameSymbolProcessor processor) {
		super("newName");
		this.processor = processor;
	}

	@Override
	public void createControl(Composite parent) {
		Composite composite = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(composite);
		new Label(composite, SWT.NONE).setText("New name:");
		Text name = new Text(composite, SWT.BORDER);
		GridDataFactory.fillDefaults().grab(true, false).hint(convertWidthInCharsToPixels(40), SWT.DEFAULT).applyTo(name);
		name.setText(processor.currentName());
		name.selectAll();
		name.addModifyListener(event -> {
			processor.setNewName(name.getText());
			setPageComplete(processor.checkNewName(name.getText()));
		});
		// the current name is not yet an answer, but no error either before the user types
		setPageComplete(false);
		setControl(composite);
		name.setFocus();
	}
}
