package dev.gasket.lang.ui.model;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;

/** A source's text as the user sees it: its open editor's buffer, saved or not, else the file on disk. */
public final class SourceText {

	private SourceText() {
	}

	/** The workspace file at a file-system path, when the workspace has one there. */
	public static Optional<IFile> workspaceFile(Path file) {
		IFile[] files = ResourcesPlugin.getWorkspace().getRoot().findFilesForLocationURI(file.toAbsolutePath().normalize().toUri());
		return files.length == 0 ? Optional.empty() : Optional.of(files[0]);
	}

	/** An open buffer's text, else the file's on disk in its workspace charset (UTF-8 outside the workspace). */
	public static String of(Path file, Optional<IFile> workspaceFile) throws IOException, CoreException {
		if (workspaceFile.isPresent()) {
			IFile resource = workspaceFile.get();
			ITextFileBuffer buffer = FileBuffers.getTextFileBufferManager().getTextFileBuffer(resource.getFullPath(), LocationKind.IFILE);
			if (buffer != null) {
				return buffer.getDocument().get();
			}
			return new String(Files.readAllBytes(file), Charset.forName(resource.getCharset()));
		}
		return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
	}

	/** Whether an editor holds the file's text (so the disk may be behind it). */
	public static boolean isOpen(Optional<IFile> workspaceFile) {
		return workspaceFile.map(resource -> FileBuffers.getTextFileBufferManager()
				.getTextFileBuffer(resource.getFullPath(), LocationKind.IFILE) != null).orElse(false);
	}
}
