package dev.gasket.lang.ui.rename;

import java.util.Map;
import java.util.SortedSet;

import org.eclipse.core.resources.IFile;
import org.eclipse.ltk.core.refactoring.Change;
import org.eclipse.ltk.core.refactoring.CompositeChange;
import org.eclipse.ltk.core.refactoring.TextFileChange;
import org.eclipse.text.edits.MultiTextEdit;
import org.eclipse.text.edits.ReplaceEdit;
import org.eclipse.text.edits.TextEditGroup;

/**
 * The workspace change of a symbol rename: one text file change per file, replacing the old name where it is written.
 * Text file changes keep each file's save state (a saved file is saved again, a dirty editor stays dirty).
 */
record SymbolRenameChange(String oldName, String newName, IFile definitionFile, int definitionOffset) {

	Change create(Map<IFile, SortedSet<Integer>> nameOffsets) {
		CompositeChange change = new CompositeChange("Rename " + oldName + " to " + newName);
		for (Map.Entry<IFile, SortedSet<Integer>> file : nameOffsets.entrySet()) {
			TextFileChange fileChange = new TextFileChange(file.getKey().getName(), file.getKey());
			fileChange.setTextType(file.getKey().getFileExtension());
			MultiTextEdit edits = new MultiTextEdit();
			fileChange.setEdit(edits);
			for (int offset : file.getValue()) {
				ReplaceEdit edit = new ReplaceEdit(offset, oldName.length(), newName);
				edits.addChild(edit);
				boolean isDefinition = file.getKey().equals(definitionFile) && offset == definitionOffset;
				fileChange.addTextEditGroup(new TextEditGroup(isDefinition ? "Rename the definition" : "Rename a use", edit));
			}
			change.add(fileChange);
		}
		return change;
	}
}
