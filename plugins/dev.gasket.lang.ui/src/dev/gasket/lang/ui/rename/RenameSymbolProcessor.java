package dev.gasket.lang.ui.rename;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBufferManager;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.ltk.core.refactoring.Change;
import org.eclipse.ltk.core.refactoring.RefactoringStatus;
import org.eclipse.ltk.core.refactoring.participants.CheckConditionsContext;
import org.eclipse.ltk.core.refactoring.participants.RefactoringParticipant;
import org.eclipse.ltk.core.refactoring.participants.RenameProcessor;
import org.eclipse.ltk.core.refactoring.participants.ResourceChangeChecker;
import org.eclipse.ltk.core.refactoring.participants.SharableParticipants;
import org.eclipse.ltk.core.refactoring.participants.ValidateEditChecker;
import org.eclipse.xtext.util.CancelIndicator;

import dev.gasket.lang.ide.navigation.SymbolLocation;
import dev.gasket.lang.ide.navigation.SymbolNavigator;
import dev.gasket.lang.ide.navigation.SymbolRename;
import dev.gasket.lang.ui.model.GasmDocumentModel;

/**
 * Renames the assembly symbol at an offset of a workspace file: its definition and every use in the sources parsed
 * with that file ({@link RenameSources}), by the rules of {@link SymbolRename} that the language server follows too.
 * The change edits each file through its text file buffer, so open editors, dirty or not, change in place and the
 * refactoring undo restores every file.
 */
public class RenameSymbolProcessor extends RenameProcessor {
	public static final String ID = "dev.gasket.lang.ui.renameSymbolProcessor";

	private final IFile file;
	private final int offset;
	private final SymbolNavigator navigator = GasmDocumentModel.language().getInstance(SymbolNavigator.class);
	private final SymbolRename rules = GasmDocumentModel.language().getInstance(SymbolRename.class);
	private String newName = "";
	private RenameSources sources;
	private EObject symbol;
	private SymbolLocation definition;
	/** Where the old name is written, per file, found by the final check for the change. */
	private Map<IFile, SortedSet<Integer>> nameOffsets = Map.of();
	private int definitionNameOffset;

	/** @param offset a character offset of {@code file}'s current text (its editor's, when open) within the symbol's name */
	public RenameSymbolProcessor(IFile file, int offset) {
		this.file = file;
		this.offset = offset;
	}

	/** The symbol's name, known once the initial conditions hold. */
	public String currentName() {
		return definition == null ? "" : definition.name();
	}

	public String newName() {
		return newName;
	}

	public void setNewName(String newName) {
		this.newName = newName;
	}

	/** Whether {@code name} can be the symbol's new name as far as the name alone tells (clashes are checked at the end). */
	public RefactoringStatus checkNewName(String name) {
		if (symbol == null) {
			return RefactoringStatus.createFatalErrorStatus("There is no symbol to rename");
		}
		if (name.isEmpty()) {
			return RefactoringStatus.createFatalErrorStatus("Enter the new name");
		}
		if (name.equals(currentName())) {
			return RefactoringStatus.createFatalErrorStatus("`" + name + "` is the current name; enter another one");
		}
		return rules.invalidName(symbol, name).map(RefactoringStatus::createFatalErrorStatus).orElseGet(RefactoringStatus::new);
	}

	@Override
	public RefactoringStatus checkInitialConditions(IProgressMonitor monitor) throws CoreException {
		symbol = null;
		definition = null;
		ITextFileBufferManager buffers = FileBuffers.getTextFileBufferManager();
		buffers.connect(file.getFullPath(), LocationKind.IFILE, monitor);
		try {
			Optional<RenameSources> read = RenameSources.read(buffers.getTextFileBuffer(file.getFullPath(), LocationKind.IFILE).getDocument(), cancel(monitor));
			if (read.isEmpty()) {
				return RefactoringStatus.createFatalErrorStatus("The text of " + file.getName() + " changed while it was read; rename again");
			}
			sources = read.get();
		} finally {
			buffers.disconnect(file.getFullPath(), LocationKind.IFILE, monitor);
		}
		Optional<EObject> found = sources.resourceOf(file).flatMap(resource -> navigator.symbolAt(resource, offset));
		if (found.isEmpty()) {
			return RefactoringStatus.createFatalErrorStatus("No symbol at the caret: put the caret on a symbol's name to rename it");
		}
		Optional<String> refusal = rules.refusal(found.get());
		if (refusal.isPresent()) {
			return RefactoringStatus.createFatalErrorStatus("Cannot rename: " + refusal.get());
		}
		Optional<SymbolLocation> defined = navigator.definitionLocation(found.get());
		if (defined.isEmpty()) {
			return RefactoringStatus.createFatalErrorStatus("Cannot rename: the symbol at the caret has no definition to rename");
		}
		symbol = found.get();
		definition = defined.get();
		return new RefactoringStatus();
	}

	@Override
	public RefactoringStatus checkFinalConditions(IProgressMonitor monitor, CheckConditionsContext context) throws CoreException {
		RefactoringStatus status = checkNewName(newName);
		if (status.hasFatalError()) {
			return status;
		}
		Map<URI, SortedSet<Integer>> offsetsBySource = new LinkedHashMap<>();
		List<SymbolLocation> sites = new ArrayList<>(List.of(definition));
		sites.addAll(navigator.references(symbol, sources.resources()));
		String oldName = currentName();
		for (SymbolLocation site : sites) {
			String text = sources.textOf(site.uri());
			int nameOffset = rules.nameOffset(text, site, oldName);
			if (site == definition) {
				definitionNameOffset = nameOffset;
			}
			if (text.startsWith(oldName, nameOffset)) {
				offsetsBySource.computeIfAbsent(site.uri(), uri -> new TreeSet<>()).add(nameOffset);
			} else {
				status.addWarning("`" + oldName + "` is not written out at " + site.uri().lastSegment() + ":" + site.line() + " (left as it is)");
			}
		}
		Map<IFile, SortedSet<Integer>> byFile = new LinkedHashMap<>();
		for (Map.Entry<URI, SortedSet<Integer>> source : offsetsBySource.entrySet()) {
			Optional<IFile> target = sources.workspaceFileOf(source.getKey());
			if (target.isEmpty()) {
				status.addFatalError("`" + oldName + "` is also named in " + source.getKey().toFileString() + ", which is outside the workspace");
				return status;
			}
			if (!sources.unchanged(source.getKey())) {
				status.addFatalError(target.get().getName() + " changed since the rename started; rename again");
				return status;
			}
			Optional<String> clash = rules.clash(symbol, sources.resource(source.getKey()), sources.index(), newName);
			if (clash.isPresent()) {
				status.addFatalError("Cannot rename to `" + newName + "`: " + clash.get());
				return status;
			}
			byFile.put(target.get(), source.getValue());
		}
		nameOffsets = byFile;
		ValidateEditChecker editable = context.getChecker(ValidateEditChecker.class);
		ResourceChangeChecker changed = context.getChecker(ResourceChangeChecker.class);
		for (IFile edited : byFile.keySet()) {
			if (editable != null) {
				editable.addFile(edited);
			}
			if (changed != null) {
				changed.getDeltaFactory().change(edited);
			}
		}
		return status;
	}

	@Override
	public Change createChange(IProgressMonitor monitor) {
		IFile definitionFile = sources.workspaceFileOf(definition.uri()).orElse(null);
		return new SymbolRenameChange(currentName(), newName, definitionFile, definitionNameOffset).create(nameOffsets);
	}

	@Override
	public Object[] getElements() {
		return symbol == null ? new Object[0] : new Object[] { symbol };
	}

	@Override
	public String getIdentifier() {
		return ID;
	}

	@Override
	public String getProcessorName() {
		return "Rename Symbol";
	}

	@Override
	public boolean isApplicable() {
		return file.exists();
	}

	@Override
	public RefactoringParticipant[] loadParticipants(RefactoringStatus status, SharableParticipants shared) {
		return new RefactoringParticipant[0];
	}

	private static CancelIndicator cancel(IProgressMonitor monitor) {
		return () -> monitor != null && monitor.isCanceled();
	}
}
