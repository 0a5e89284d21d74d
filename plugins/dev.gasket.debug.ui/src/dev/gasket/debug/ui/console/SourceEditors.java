package dev.gasket.debug.ui.console;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;

/**
 * Opens a source at a line in the generic editor, which is the Gasket editor for assembly files and a plain text
 * editor for anything else (a header, a linker script); so no file type ever goes to an external program.
 */
public final class SourceEditors {

	public static final String GENERIC_EDITOR_ID = dev.gasket.debug.ui.presentation.SourceEditors.EDITOR_ID;

	private SourceEditors() {
	}

	/**
	 * Opens {@code source} (a workspace {@code IFile} or a {@code java.io.File}) and selects its 1-based {@code line},
	 * or the last line when the file is shorter.
	 */
	public static IEditorPart openAt(IWorkbenchPage page, Object source, int line) throws PartInitException {
		IEditorPart editor = IDE.openEditor(page, input(source), GENERIC_EDITOR_ID, true);
		if (editor instanceof ITextEditor textEditor) {
			select(textEditor, line);
		}
		return editor;
	}

	/** The same inputs the debug views open sources with. */
	private static IEditorInput input(Object source) {
		IEditorInput input = dev.gasket.debug.ui.presentation.SourceEditors.inputFor(source);
		if (input == null) {
			throw new IllegalArgumentException("not a file: " + source);
		}
		return input;
	}

	private static void select(ITextEditor editor, int line) {
		IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
		if (document == null) {
			return;
		}
		try {
			IRegion region = document.getLineInformation(Math.min(line, document.getNumberOfLines()) - 1);
			editor.selectAndReveal(region.getOffset(), region.getLength());
		} catch (BadLocationException outside) {
			// the document changed under us; the editor is open, which is what matters
		}
	}
}
