package dev.gasket.lang.ui.editor;

import java.nio.file.Path;

import org.eclipse.core.filesystem.EFS;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.ILog;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;

import dev.gasket.lang.ide.navigation.SymbolLocation;

/** Opens the file a location is in (a workspace file when it is one) and selects the name there. */
public final class SourceOpener {

	private SourceOpener() {
	}

	public static void open(SymbolLocation target) {
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		Path file = Path.of(target.uri().toFileString());
		try {
			IFile[] inWorkspace = ResourcesPlugin.getWorkspace().getRoot().findFilesForLocationURI(file.toUri());
			IEditorPart editor = inWorkspace.length > 0 ? IDE.openEditor(page, inWorkspace[0])
					: IDE.openEditorOnFileStore(page, EFS.getLocalFileSystem().getStore(file.toUri()));
			if (editor instanceof ITextEditor textEditor) {
				textEditor.selectAndReveal(target.offset(), target.length());
			}
		} catch (PartInitException e) {
			ILog.of(SourceOpener.class).error("cannot open " + file, e);
		}
	}
}
