package dev.gasket.debug.ui.breakpoints;

import java.util.Optional;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.content.IContentDescription;
import org.eclipse.core.runtime.content.IContentType;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.texteditor.ITextEditor;

/** A workspace assembly file open in a text editor (the Gasket editor): what breakpoints are toggled in. */
record SourceEditor(ITextEditor editor, IFile file, IDocument document) {

	/** The content type of Gasket's assembly files, declared by dev.gasket.lang.ui. */
	static final String CONTENT_TYPE = "dev.gasket.lang.ui.gasm";

	static Optional<SourceEditor> of(IWorkbenchPart part) {
		ITextEditor editor = Adapters.adapt(part, ITextEditor.class);
		if (editor == null || editor.getEditorInput() == null) {
			return Optional.empty();
		}
		IFile file = Adapters.adapt(editor.getEditorInput(), IFile.class);
		if (file == null || !isAssembly(file)) {
			return Optional.empty();
		}
		IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
		return document == null ? Optional.empty() : Optional.of(new SourceEditor(editor, file, document));
	}

	/** The 1-based line a selection starts on. */
	int lineOf(ITextSelection selection) {
		if (selection.getStartLine() >= 0) {
			return selection.getStartLine() + 1;
		}
		try {
			return document.getLineOfOffset(selection.getOffset()) + 1;
		} catch (BadLocationException e) {
			throw new IllegalArgumentException("selection at " + selection.getOffset() + " is outside " + file.getName(), e);
		}
	}

	private static boolean isAssembly(IFile file) {
		IContentType assembly = Platform.getContentTypeManager().getContentType(CONTENT_TYPE);
		try {
			IContentDescription description = file.getContentDescription();
			return assembly != null && description != null && description.getContentType().isKindOf(assembly);
		} catch (CoreException e) {
			// a file that is not in sync or gone has no content type to go by
			return false;
		}
	}
}
