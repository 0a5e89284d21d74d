package dev.gasket.lang.ui.outline;

import org.eclipse.core.runtime.IAdapterFactory;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentExtension3;
import org.eclipse.ui.texteditor.IDocumentProvider;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;

import dev.gasket.lang.ui.editor.GasmPartitions;

/**
 * Gives the generic editor an outline page when it shows assembly: the generic editor has no outline of its own, and
 * its {@code getAdapter} falls back to the platform's adapter factories.
 */
public class GasmOutlineAdapterFactory implements IAdapterFactory {

	@Override
	public <T> T getAdapter(Object adaptable, Class<T> adapterType) {
		if (adapterType != IContentOutlinePage.class || !(adaptable instanceof ITextEditor editor)) {
			return null;
		}
		IDocumentProvider provider = editor.getDocumentProvider();
		IDocument document = provider == null ? null : provider.getDocument(editor.getEditorInput());
		return isAssembly(document) ? adapterType.cast(new GasmOutlinePage(editor, document)) : null;
	}

	@Override
	public Class<?>[] getAdapterList() {
		return new Class<?>[] { IContentOutlinePage.class };
	}

	/** Documents of the assembly content type carry its partitioning (set up by its document setup participant). */
	private static boolean isAssembly(IDocument document) {
		return document instanceof IDocumentExtension3 partitioned && partitioned.getDocumentPartitioner(GasmPartitions.PARTITIONING) != null;
	}
}
