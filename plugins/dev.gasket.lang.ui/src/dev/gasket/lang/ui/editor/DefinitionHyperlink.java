package dev.gasket.lang.ui.editor;

import java.nio.file.Path;

import org.eclipse.core.filesystem.EFS;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.hyperlink.IHyperlink;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;

import dev.gasket.lang.ide.navigation.SymbolLocation;

/** Opens the file a definition is in (a workspace file when it is one) and selects the defined name. */
final class DefinitionHyperlink implements IHyperlink {
	private final IRegion source;
	private final SymbolLocation target;

	DefinitionHyperlink(IRegion source, SymbolLocation target) {
		this.source = source;
		this.target = target;
	}

	@Override
	public IRegion getHyperlinkRegion() {
		return source;
	}

	@Override
	public String getTypeLabel() {
		return "Open Definition";
	}

	@Override
	public String getHyperlinkText() {
		return "Open " + target.kind() + " " + target.name() + " in " + target.uri().lastSegment() + ":" + target.line();
	}

	@Override
	public void open() {
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
			ILog.of(DefinitionHyperlink.class).error("cannot open " + file, e);
		}
	}
}
