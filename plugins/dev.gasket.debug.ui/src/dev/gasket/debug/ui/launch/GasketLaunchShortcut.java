package dev.gasket.debug.ui.launch;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.content.IContentDescription;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.ui.DebugUITools;
import org.eclipse.debug.ui.ILaunchShortcut2;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.texteditor.ITextEditor;

import dev.gasket.debug.ui.presentation.SourceEditors;

/**
 * Debug As > Gasket x86 Emulator on an assembly source (Project Explorer or the Gasket editor): starts at the code
 * symbol under the caret, else at the file's first code symbol, reusing the configuration made for that file and
 * symbol before.
 */
public class GasketLaunchShortcut implements ILaunchShortcut2 {
	static final String CONTENT_TYPE = "dev.gasket.lang.ui.gasm";

	/** Whether the file is GNU assembler source (.s, .S, .sx): the Gasket editor's content type. */
	public static boolean isSource(IFile file) {
		try {
			IContentDescription description = file.getContentDescription();
			if (description != null && description.getContentType() != null) {
				return description.getContentType().getId().equals(CONTENT_TYPE);
			}
		} catch (CoreException unreadable) {
			// fall back to the name
		}
		return List.of("s", "S", "sx").contains(file.getFileExtension());
	}

	@Override
	public void launch(ISelection selection, String mode) {
		sourceFile(selection).ifPresent(file -> launch(StoredPaths.of(file), Optional.of(file), firstCode(file.getLocation().toPath()), mode));
	}

	@Override
	public void launch(IEditorPart editor, String mode) {
		Optional<Path> file = SourceEditors.fileOf(editor.getEditorInput());
		if (file.isEmpty()) {
			return;
		}
		Optional<CodeSymbol> entry = symbolAtCaret(editor).or(() -> firstCode(file.get()));
		Optional<IResource> resource = workspaceFile(editor.getEditorInput()).map(IResource.class::cast);
		launch(resource.map(StoredPaths::of).orElse(StoredPaths.of(file.get())), resource, entry, mode);
	}

	@Override
	public ILaunchConfiguration[] getLaunchConfigurations(ISelection selection) {
		return sourceFile(selection).map(file -> configurations(StoredPaths.of(file))).orElse(null);
	}

	@Override
	public ILaunchConfiguration[] getLaunchConfigurations(IEditorPart editor) {
		return SourceEditors.fileOf(editor.getEditorInput()).map(file -> configurations(StoredPaths.of(file))).orElse(null);
	}

	@Override
	public IResource getLaunchableResource(ISelection selection) {
		return sourceFile(selection).orElse(null);
	}

	@Override
	public IResource getLaunchableResource(IEditorPart editor) {
		return workspaceFile(editor.getEditorInput()).orElse(null);
	}

	private static void launch(String source, Optional<IResource> resource, Optional<CodeSymbol> entry, String mode) {
		try {
			DebugUITools.launch(ShortcutConfigurations.findOrCreate(source, resource, entry), mode);
		} catch (CoreException e) {
			ILog.of(GasketLaunchShortcut.class).error("Could not create a launch configuration for " + source, e);
		}
	}

	private static ILaunchConfiguration[] configurations(String source) {
		try {
			return ShortcutConfigurations.forSource(source).toArray(ILaunchConfiguration[]::new);
		} catch (CoreException e) {
			return null;
		}
	}

	private static Optional<CodeSymbol> firstCode(Path file) {
		return SourceSymbols.of(List.of(file)).firstCode();
	}

	private static Optional<CodeSymbol> symbolAtCaret(IEditorPart editor) {
		if (!(editor instanceof ITextEditor text) || !(text.getSelectionProvider().getSelection() instanceof ITextSelection caret)) {
			return Optional.empty();
		}
		IDocument document = text.getDocumentProvider().getDocument(editor.getEditorInput());
		return document == null ? Optional.empty() : SourceSymbols.codeSymbolAt(document, caret.getOffset());
	}

	private static Optional<IFile> sourceFile(ISelection selection) {
		if (selection instanceof IStructuredSelection structured && structured.size() == 1) {
			IFile file = Adapters.adapt(structured.getFirstElement(), IFile.class);
			if (file != null && file.getLocation() != null && isSource(file)) {
				return Optional.of(file);
			}
		}
		return Optional.empty();
	}

	private static Optional<IFile> workspaceFile(IEditorInput input) {
		return Optional.ofNullable(Adapters.adapt(input, IFile.class));
	}
}
