package dev.gasket.lang.ui.references;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.Stream;

import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.search.ui.text.AbstractTextSearchResult;
import org.eclipse.search.ui.text.Match;

/**
 * The result as a tree (files, each with its references) or flat (every reference), files in
 * {@link ReferenceFiles#ORDER} and references by offset.
 */
final class ReferencesContentProvider implements ITreeContentProvider {
	private static final Comparator<Match> MATCH_ORDER = Comparator.comparing(Match::getElement, ReferenceFiles.ORDER)
			.thenComparingInt(Match::getOffset);

	private final boolean flat;
	private AbstractTextSearchResult result;

	ReferencesContentProvider(boolean flat) {
		this.flat = flat;
	}

	@Override
	public void inputChanged(Viewer viewer, Object oldInput, Object newInput) {
		result = newInput instanceof AbstractTextSearchResult newResult ? newResult : null;
	}

	@Override
	public Object[] getElements(Object input) {
		if (result == null) {
			return new Object[0];
		}
		Stream<Object> files = Arrays.stream(result.getElements());
		return flat ? files.flatMap(file -> Arrays.stream(result.getMatches(file))).sorted(MATCH_ORDER).toArray()
				: files.sorted(ReferenceFiles.ORDER).toArray();
	}

	@Override
	public Object[] getChildren(Object parent) {
		if (flat || result == null || parent instanceof Match) {
			return new Object[0];
		}
		return Arrays.stream(result.getMatches(parent)).sorted(MATCH_ORDER).toArray();
	}

	@Override
	public Object getParent(Object element) {
		return !flat && element instanceof Match match ? match.getElement() : null;
	}

	@Override
	public boolean hasChildren(Object element) {
		return !flat && !(element instanceof Match);
	}
}
