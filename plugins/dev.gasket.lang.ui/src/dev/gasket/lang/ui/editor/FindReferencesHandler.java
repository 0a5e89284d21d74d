package dev.gasket.lang.ui.editor;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.search.ui.NewSearchUI;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.texteditor.ITextEditor;

import dev.gasket.lang.ui.references.ReferencesQuery;

/**
 * The generic editor's Find References (Ctrl+Shift+G) for assembly: searches the symbol at the caret in the background
 * and shows its definition and uses in the Search view.
 */
public class FindReferencesHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		ITextEditor editor = Adapters.adapt(HandlerUtil.getActiveEditor(event), ITextEditor.class);
		if (editor == null || !(editor.getSelectionProvider().getSelection() instanceof ITextSelection selection)) {
			return null;
		}
		IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
		NewSearchUI.runQueryInBackground(new ReferencesQuery(document, selection.getOffset(), place(editor, document, selection.getOffset())));
		return null;
	}

	private static String place(ITextEditor editor, IDocument document, int offset) {
		try {
			return editor.getEditorInput().getName() + ":" + (document.getLineOfOffset(offset) + 1);
		} catch (BadLocationException e) {
			return editor.getEditorInput().getName();
		}
	}
}
