package dev.gasket.lang.ui.outline;

import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.texteditor.ITextEditor;

import dev.gasket.lang.ide.navigation.OutlineEntry;
import dev.gasket.lang.ui.model.GasmDocumentModel;

/** Quick Outline (Ctrl+O) in the assembly editor: opens {@link QuickOutlinePopup} on the outline of the text as it is now. */
public class QuickOutlineHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		ITextEditor editor = Adapters.adapt(HandlerUtil.getActiveEditor(event), ITextEditor.class);
		if (editor == null || editor.getDocumentProvider() == null) {
			return null;
		}
		IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
		List<OutlineEntry> entries = OutlineEntries.current(GasmDocumentModel.of(document)).orElse(List.of());
		int caret = editor.getSelectionProvider().getSelection() instanceof ITextSelection selection ? selection.getOffset() : 0;
		new QuickOutlinePopup(editor.getSite().getShell(), editor, entries, caret).open();
		return null;
	}
}
