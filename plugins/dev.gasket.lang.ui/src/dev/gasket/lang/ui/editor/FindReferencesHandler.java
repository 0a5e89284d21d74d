package dev.gasket.lang.ui.editor;

import java.util.Optional;
import java.util.function.Function;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;

import dev.gasket.lang.ui.model.GasmDocumentModel;
import dev.gasket.lang.ui.references.ReferencesView;
import dev.gasket.lang.ui.references.SymbolReferences;

/** The generic editor's Find References (Ctrl+Shift+G) for assembly: lists the symbol at the caret in the references view. */
public class FindReferencesHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		ITextEditor editor = Adapters.adapt(HandlerUtil.getActiveEditor(event), ITextEditor.class);
		if (editor == null || !(editor.getSelectionProvider().getSelection() instanceof ITextSelection selection)) {
			return null;
		}
		IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
		GasmDocumentModel model = GasmDocumentModel.of(document);
		Function<XtextResource, SymbolReferences.Found> query = resource -> SymbolReferences.at(resource, selection.getOffset()).orElse(null);
		// The reconciler may not have caught up with the latest typing: parse now rather than answer nothing.
		Optional<SymbolReferences.Found> found = model.readCurrent(query, CancelIndicator.NullImpl);
		if (found.isEmpty()) {
			editor.getEditorSite().getActionBars().getStatusLineManager().setErrorMessage("No symbol at the caret to find references of");
			return null;
		}
		IWorkbenchPage page = editor.getSite().getPage();
		try {
			((ReferencesView) page.showView(ReferencesView.ID)).show(found.get());
		} catch (PartInitException e) {
			throw new ExecutionException("cannot open the references view", e);
		}
		return null;
	}
}
