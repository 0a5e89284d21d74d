package dev.gasket.lang.ui.references;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;

import org.eclipse.core.filesystem.EFS;
import org.eclipse.core.filesystem.IFileStore;
import org.eclipse.core.resources.IFile;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IURIEditorInput;

import dev.gasket.lang.ui.model.SourceText;

/**
 * The elements references are grouped under in the Search view: a workspace {@link IFile}, or for a file outside the
 * workspace (a header found on an include path) its {@link IFileStore}, which opens in an editor through EFS.
 */
final class ReferenceFiles {
	/** Workspace files by path, then outside files by path. */
	static final Comparator<Object> ORDER = Comparator.comparing((Object element) -> element instanceof IFileStore)
			.thenComparing(ReferenceFiles::path);

	private ReferenceFiles() {
	}

	static Object elementOf(Path file) {
		Optional<IFile> inWorkspace = SourceText.workspaceFile(file);
		return inWorkspace.isPresent() ? inWorkspace.get() : EFS.getLocalFileSystem().getStore(file.toAbsolutePath().normalize().toUri());
	}

	/** The element an editor shows, when it shows a file. */
	static Optional<Object> elementOf(IEditorInput input) {
		IFile file = input.getAdapter(IFile.class);
		if (file != null) {
			return Optional.of(file);
		}
		return input instanceof IURIEditorInput uriInput && uriInput.getURI() != null && "file".equals(uriInput.getURI().getScheme())
				? Optional.of(EFS.getLocalFileSystem().getStore(uriInput.getURI()))
				: Optional.empty();
	}

	static String name(Object element) {
		return element instanceof IFile file ? file.getName() : ((IFileStore) element).getName();
	}

	/** The workspace path of a workspace file, else the path in the file system. */
	static String path(Object element) {
		return element instanceof IFile file ? file.getFullPath().toString() : ((IFileStore) element).toURI().getPath();
	}

	/** Where the file is: its folder's workspace path, or its directory. */
	static String folder(Object element) {
		String path = path(element);
		return path.substring(0, Math.max(1, path.lastIndexOf('/')));
	}
}
