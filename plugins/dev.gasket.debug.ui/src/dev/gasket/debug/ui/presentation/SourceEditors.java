package dev.gasket.debug.ui.presentation;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.core.filesystem.EFS;
import org.eclipse.core.filesystem.IFileStore;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.IPath;
import org.eclipse.debug.core.model.IBreakpoint;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IURIEditorInput;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.FileStoreEditorInput;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.part.FileEditorInput;
import org.eclipse.ui.texteditor.ITextEditor;

/**
 * Where a source element opens: every assembly source, in the workspace or not, in the generic editor that carries
 * the Gasket language features (files outside the workspace through EFS); anything else (a header, a linker script)
 * opens there as plain text, never in an external program.
 */
public final class SourceEditors {
	public static final String EDITOR_ID = "org.eclipse.ui.genericeditor.GenericEditor";

	private SourceEditors() {
	}

	/** An editor input for a workspace file, a file-system file ({@link File}, {@link Path}, {@link IFileStore}) or a breakpoint's file; else null. */
	public static IEditorInput inputFor(Object element) {
		if (element instanceof IFile file) {
			return new FileEditorInput(file);
		}
		if (element instanceof IBreakpoint breakpoint && breakpoint.getMarker() != null && breakpoint.getMarker().getResource() instanceof IFile file) {
			return new FileEditorInput(file);
		}
		if (element instanceof File file) {
			return new FileStoreEditorInput(EFS.getLocalFileSystem().fromLocalFile(file));
		}
		if (element instanceof Path path) {
			return new FileStoreEditorInput(EFS.getLocalFileSystem().fromLocalFile(path.toFile()));
		}
		if (element instanceof IFileStore store) {
			return new FileStoreEditorInput(store);
		}
		return null;
	}

	/** The file an editor shows: a workspace file's location, or a file opened from the file system. */
	public static Optional<Path> fileOf(IEditorInput input) {
		IFile file = Adapters.adapt(input, IFile.class);
		if (file != null) {
			return Optional.ofNullable(file.getLocation()).map(IPath::toPath);
		}
		if (input instanceof IURIEditorInput uri && "file".equals(uri.getURI().getScheme())) {
			return Optional.of(Path.of(uri.getURI()));
		}
		return Optional.empty();
	}

	/**
	 * Opens {@code source} (anything {@link #inputFor} takes) and selects its 1-based {@code line}, or the last line
	 * when the file is shorter.
	 */
	public static IEditorPart openAt(IWorkbenchPage page, Object source, int line) throws PartInitException {
		IEditorInput input = inputFor(source);
		if (input == null) {
			throw new IllegalArgumentException("not a file: " + source);
		}
		IEditorPart editor = IDE.openEditor(page, input, EDITOR_ID, true);
		if (editor instanceof ITextEditor textEditor) {
			select(textEditor, line);
		}
		return editor;
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
