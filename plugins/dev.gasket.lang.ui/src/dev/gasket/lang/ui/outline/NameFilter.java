package dev.gasket.lang.ui.outline;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;

import dev.gasket.lang.ide.navigation.OutlineEntry;

/**
 * The quick outline's filter, matching names by {@link NamePattern}. An entry stays when it matches, when something
 * under it matches (to show where that is), or when something above it matches (a section's name shows all it holds).
 */
final class NameFilter extends ViewerFilter {
	private final Map<OutlineEntry, OutlineEntry> parents = new IdentityHashMap<>();
	private NamePattern pattern;

	NameFilter(List<OutlineEntry> roots) {
		recordParents(roots, null);
	}

	private void recordParents(List<OutlineEntry> entries, OutlineEntry parent) {
		for (OutlineEntry entry : entries) {
			if (parent != null) {
				parents.put(entry, parent);
			}
			recordParents(entry.children(), entry);
		}
	}

	/** Blank text shows everything. */
	void setText(String text) {
		if (text.isBlank()) {
			pattern = null;
		} else {
			pattern = new NamePattern(text.strip());
		}
	}

	/** Whether the entry's own name matches the text. */
	boolean matches(OutlineEntry entry) {
		return pattern == null || pattern.matches(entry.symbol().name());
	}

	@Override
	public boolean select(Viewer viewer, Object parentElement, Object element) {
		if (!(element instanceof OutlineEntry entry)) {
			return false;
		}
		return matches(entry) || anyBelowMatches(entry) || anyAboveMatches(entry);
	}

	private boolean anyBelowMatches(OutlineEntry entry) {
		for (OutlineEntry child : entry.children()) {
			if (matches(child) || anyBelowMatches(child)) {
				return true;
			}
		}
		return false;
	}

	private boolean anyAboveMatches(OutlineEntry entry) {
		for (OutlineEntry parent = parents.get(entry); parent != null; parent = parents.get(parent)) {
			if (matches(parent)) {
				return true;
			}
		}
		return false;
	}
}
