package dev.gasket.lang.ui.references;

import java.lang.ref.WeakReference;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.text.IDocument;
import org.eclipse.search.ui.ISearchQuery;
import org.eclipse.search.ui.ISearchResult;
import org.eclipse.search.ui.text.Match;

import dev.gasket.lang.ui.model.GasmDocumentModel;

/**
 * Find References as a Search view query: the definition and uses of the symbol at an offset of an editor's document,
 * computed by {@link SymbolReferences} in the search job (parsing the document first when the editor's last parse is
 * behind its text), and cancelled with it.
 */
public final class ReferencesQuery implements ISearchQuery {
	/** Weak: the Search view keeps past queries, which must not keep their closed editors' documents alive. */
	private final WeakReference<IDocument> document;
	private final int offset;
	private final String place;
	private final ReferencesSearchResult result = new ReferencesSearchResult(this);

	/**
	 * @param document an assembly editor's document
	 * @param offset where the symbol's name is in it
	 * @param place the offset for people, e.g. {@code entry.S:4}
	 */
	public ReferencesQuery(IDocument document, int offset, String place) {
		this.document = new WeakReference<>(document);
		this.offset = offset;
		this.place = place;
	}

	@Override
	public IStatus run(IProgressMonitor monitor) {
		result.restart();
		IDocument text = document.get();
		Optional<SymbolReferences.Found> found = text == null ? Optional.empty() : GasmDocumentModel.of(text)
				.readCurrent(resource -> SymbolReferences.at(resource, offset, monitor::isCanceled).orElse(null), monitor::isCanceled);
		if (monitor.isCanceled()) {
			return Status.CANCEL_STATUS;
		}
		found.ifPresent(references -> result.addMatches(references.references().stream()
				.filter(reference -> reference.location().uri().isFile())
				.map(reference -> new ReferenceMatch(ReferenceFiles.elementOf(reference.file()), reference))
				.toArray(Match[]::new)));
		result.finish(found.map(SymbolReferences.Found::symbol).orElse(null));
		return Status.OK_STATUS;
	}

	@Override
	public String getLabel() {
		return "Assembly references at " + place;
	}

	String place() {
		return place;
	}

	/** The offset names a symbol only in the text the search started from. */
	@Override
	public boolean canRerun() {
		return false;
	}

	@Override
	public boolean canRunInBackground() {
		return true;
	}

	@Override
	public ISearchResult getSearchResult() {
		return result;
	}
}
