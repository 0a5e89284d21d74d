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
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IURIEditorInput;
import org.eclipse.ui.ide.FileStoreEditorInput;
import org.eclipse.ui.part.FileEditorInput;

/**
 * Where a source element opens: every assembly source, in the workspace or not, in the generic editor that carries
 * the Gasket language features (files outside the workspace through EFS).
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
}
