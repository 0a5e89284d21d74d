package dev.gasket.lang.ui.rename;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.ltk.ui.refactoring.RefactoringWizardOpenOperation;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.texteditor.ITextEditor;

/** Rename Symbol (Alt+Shift+R) in the assembly editor: the rename dialog for the symbol at the caret. */
public class RenameSymbolHandler extends AbstractHandler {
	public static final String COMMAND = "dev.gasket.lang.ui.renameSymbol";

	@Override
	public Object execute(ExecutionEvent event) {
		ITextEditor editor = Adapters.adapt(HandlerUtil.getActiveEditor(event), ITextEditor.class);
		if (editor == null || !(editor.getSelectionProvider().getSelection() instanceof ITextSelection selection)) {
			return null;
		}
		IFile file = Adapters.adapt(editor.getEditorInput(), IFile.class);
		if (file == null) {
			editor.getEditorSite().getActionBars().getStatusLineManager().setErrorMessage("Rename works on files of the workspace");
			return null;
		}
		RenameSymbolWizard wizard = new RenameSymbolWizard(new RenameSymbolProcessor(file, selection.getOffset()));
		try {
			new RefactoringWizardOpenOperation(wizard).run(editor.getSite().getShell(), "Rename Symbol");
		} catch (InterruptedException e) {
			// the user cancelled the initial check: nothing was changed (not re-interrupting the UI thread)
		}
		return null;
	}
}
