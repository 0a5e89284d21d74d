package dev.gasket.lang.ui.references;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.search.ui.ISearchQuery;
import org.eclipse.search.ui.text.AbstractTextSearchResult;
import org.eclipse.search.ui.text.IEditorMatchAdapter;
import org.eclipse.search.ui.text.IFileMatchAdapter;
import org.eclipse.search.ui.text.Match;
import org.eclipse.ui.IEditorPart;

/**
 * The references Find References found, as {@link ReferenceMatch}es grouped by file. Open editors show them as
 * search annotations, and matches in workspace files follow edits.
 */
public final class ReferencesSearchResult extends AbstractTextSearchResult implements IEditorMatchAdapter, IFileMatchAdapter {
	private final ReferencesQuery query;
	private volatile String symbol;
	private volatile boolean finished;

	ReferencesSearchResult(ReferencesQuery query) {
		this.query = query;
	}

	/** Records the outcome of a run: the symbol's name, or {@code null} when there was no symbol at the caret. */
	void finish(String symbolName) {
		symbol = symbolName;
		finished = true;
	}

	/** Empties the result for a new run. */
	void restart() {
		removeAll();
		symbol = null;
		finished = false;
	}

	/** The symbol whose references these are; {@code null} before the search finished or when it found no symbol. */
	public String symbol() {
		return symbol;
	}

	@Override
	public String getLabel() {
		if (!finished) {
			return query.getLabel();
		}
		if (symbol == null) {
			return "No assembly symbol at " + query.place();
		}
		int references = getMatchCount();
		int files = getElementsCount();
		return "'" + symbol + "' \u2014 " + references + (references == 1 ? " reference in " : " references in ") + files
				+ (files == 1 ? " file" : " files");
	}

	@Override
	public String getTooltip() {
		return getLabel();
	}

	@Override
	public ImageDescriptor getImageDescriptor() {
		return null;
	}

	@Override
	public ISearchQuery getQuery() {
		return query;
	}

	@Override
	public IEditorMatchAdapter getEditorMatchAdapter() {
		return this;
	}

	@Override
	public IFileMatchAdapter getFileMatchAdapter() {
		return this;
	}

	@Override
	public boolean isShownInEditor(Match match, IEditorPart editor) {
		return ReferenceFiles.elementOf(editor.getEditorInput()).filter(match.getElement()::equals).isPresent();
	}

	@Override
	public Match[] computeContainedMatches(AbstractTextSearchResult result, IEditorPart editor) {
		return ReferenceFiles.elementOf(editor.getEditorInput()).map(result::getMatches).orElse(new Match[0]);
	}

	@Override
	public Match[] computeContainedMatches(AbstractTextSearchResult result, IFile file) {
		return result.getMatches(file);
	}

	@Override
	public IFile getFile(Object element) {
		return element instanceof IFile file ? file : null;
	}
}
