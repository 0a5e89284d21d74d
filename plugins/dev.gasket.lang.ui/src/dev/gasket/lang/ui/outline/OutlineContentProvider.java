package dev.gasket.lang.ui.outline;

import java.util.List;

import org.eclipse.jface.viewers.ITreeContentProvider;

import dev.gasket.lang.ide.navigation.OutlineEntry;

/** The outline tree: the input is the file's list of top-level entries. */
final class OutlineContentProvider implements ITreeContentProvider {

	@Override
	public Object[] getElements(Object input) {
		return input instanceof List<?> entries ? entries.toArray() : new Object[0];
	}

	@Override
	public Object[] getChildren(Object parent) {
		return parent instanceof OutlineEntry entry ? entry.children().toArray() : new Object[0];
	}

	@Override
	public Object getParent(Object element) {
		return null;
	}

	@Override
	public boolean hasChildren(Object element) {
		return element instanceof OutlineEntry entry && !entry.children().isEmpty();
	}
}
