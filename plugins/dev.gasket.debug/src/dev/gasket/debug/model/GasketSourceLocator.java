package dev.gasket.debug.model;

import java.io.File;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.debug.core.model.ISourceLocator;
import org.eclipse.debug.core.model.IStackFrame;

/**
 * Finds the source of a Gasket frame: the workspace file at the frame's source path if there is one (so markers and
 * the editor's breakpoints apply), else the file on disk as a {@link File}.
 */
public final class GasketSourceLocator implements ISourceLocator {

	@Override
	public Object getSourceElement(IStackFrame frame) {
		if (!(frame instanceof GasketStackFrame gasket)) {
			return null;
		}
		return gasket.sourcePath().map(GasketSourceLocator::sourceElement).orElse(null);
	}

	/** The workspace file at {@code path}, else the file itself if it exists, else null. */
	public static Object sourceElement(Path path) {
		Optional<IFile> inWorkspace = Arrays.stream(ResourcesPlugin.getWorkspace().getRoot().findFilesForLocationURI(path.toUri()))
				.filter(IFile::exists).findFirst();
		if (inWorkspace.isPresent()) {
			return inWorkspace.get();
		}
		File file = path.toFile();
		return file.isFile() ? file : null;
	}
}
