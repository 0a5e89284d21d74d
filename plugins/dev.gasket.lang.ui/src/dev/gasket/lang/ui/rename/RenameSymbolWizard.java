package dev.gasket.lang.ui.rename;

import org.eclipse.ltk.core.refactoring.participants.RenameRefactoring;
import org.eclipse.ltk.ui.refactoring.RefactoringWizard;

/** The Rename Symbol dialog: the new name, then OK to rename or Preview for the standard list of changes per file. */
public class RenameSymbolWizard extends RefactoringWizard {
	private final RenameSymbolProcessor processor;

	public RenameSymbolWizard(RenameSymbolProcessor processor) {
		super(new RenameRefactoring(processor), DIALOG_BASED_USER_INTERFACE | PREVIEW_EXPAND_FIRST_NODE);
		this.processor = processor;
		setDefaultPageTitle("Rename Symbol");
	}

	@Override
	protected void addUserInputPages() {
		addPage(new NewNamePage(processor));
	}
}
