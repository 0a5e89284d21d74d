package dev.gasket.lang.ui.editor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.jface.resource.ColorRegistry;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.BadPositionCategoryException;
import org.eclipse.jface.text.DefaultPositionUpdater;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IPositionUpdater;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextPresentationListener;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.ITextViewerExtension4;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.TextPresentation;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.ui.PlatformUI;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;

import dev.gasket.lang.ui.model.GasmDocumentModel;

/**
 * Draws the semantic styles of the latest parse over the lexical colours. It is a text presentation listener rather than
 * a second presentation reconciler because the generic editor takes one presentation reconciler per content type (ours
 * is the lexical one, which must stay instant), while a listener is asked to add its ranges to every presentation the
 * lexical reconciler produces, so typing never wipes the semantic colours. Between a keystroke and the next parse the
 * ranges are document positions, which the document shifts with the edit.
 * <p>
 * The styles are worked out on the reconciler's thread. On the UI thread a new parse only replaces the ranges that
 * differ from those drawn, and only the text they cover is presented again, in {@link PresentationChunks}, so a
 * keystroke in a large file costs the UI thread about as much as in a small one.
 */
final class GasmSemanticHighlighter implements ITextPresentationListener {
	private static final String CATEGORY = "dev.gasket.lang.ui.semantic";
	/** Beyond this many changed ranges all are replaced at once, cheaper than removing each from the document's list. */
	private static final int MAX_PIECEWISE_CHANGES = 2_000;

	/** A range of the document and how it looks; the document moves it as text is typed before it. */
	private static final class StyledPosition extends Position {
		final GasmSemanticStyle style;

		StyledPosition(Highlight highlight) {
			super(highlight.offset(), highlight.length());
			this.style = highlight.style();
		}

		boolean draws(Highlight highlight) {
			return !isDeleted() && offset == highlight.offset() && length == highlight.length() && style.equals(highlight.style());
		}
	}

	/** A range the semantic highlighting calculator reported, with the look of its style ids. */
	record Highlight(int offset, int length, GasmSemanticStyle style) {
	}

	private final IPositionUpdater updater = new DefaultPositionUpdater(CATEGORY);
	private ITextViewer viewer;
	private IDocument document;
	private List<StyledPosition> positions = List.of();
	private PresentationChunks chunks;

	void install(ITextViewer textViewer) {
		viewer = textViewer;
		chunks = new PresentationChunks(textViewer);
		if (viewer instanceof ITextViewerExtension4 presentations) {
			presentations.addTextPresentationListener(this);
		}
	}

	void uninstall() {
		if (viewer instanceof ITextViewerExtension4 presentations) {
			presentations.removeTextPresentationListener(this);
		}
		forgetPositions();
		chunks.clear();
		viewer = null;
	}

	/** The styled ranges of a parse, ordered by offset; those that keep their lexical colour are left out. Any thread. */
	static List<Highlight> highlights(XtextResource resource, CancelIndicator cancel) {
		List<Highlight> highlights = new ArrayList<>();
		GasmDocumentModel.language().getInstance(ISemanticHighlightingCalculator.class).provideHighlightingFor(resource, (offset, length, ids) -> {
			GasmSemanticStyle style = GasmSemanticStyle.of(ids);
			if (style.colorId() != null) {
				highlights.add(new Highlight(offset, length, style));
			}
		}, cancel);
		highlights.sort(Comparator.comparingInt(Highlight::offset));
		return highlights;
	}

	/** Draws the highlights of a parse of the text at {@code stamp}; a parse of older text is dropped. UI thread only. */
	void show(IDocument parsed, GasmDocumentModel model, long stamp, List<Highlight> highlights) {
		if (viewer == null || viewer.getTextWidget() == null || viewer.getTextWidget().isDisposed() || viewer.getDocument() != parsed
				|| model.stamp() != stamp) {
			return;
		}
		if (document != parsed) {
			replaceAll(parsed, highlights);
			chunks.present(0, parsed.getLength());
			return;
		}
		int same = 0;
		while (same < positions.size() && same < highlights.size() && positions.get(same).draws(highlights.get(same))) {
			same++;
		}
		int sameAtEnd = 0;
		while (sameAtEnd < positions.size() - same && sameAtEnd < highlights.size() - same
				&& positions.get(positions.size() - 1 - sameAtEnd).draws(highlights.get(highlights.size() - 1 - sameAtEnd))) {
			sameAtEnd++;
		}
		List<StyledPosition> gone = positions.subList(same, positions.size() - sameAtEnd);
		List<Highlight> come = highlights.subList(same, highlights.size() - sameAtEnd);
		if (gone.isEmpty() && come.isEmpty()) {
			return;
		}
		int start = Integer.MAX_VALUE;
		int end = 0;
		for (Position position : gone) {
			start = Math.min(start, position.getOffset());
			end = Math.max(end, position.getOffset() + position.getLength());
		}
		for (Highlight highlight : come) {
			start = Math.min(start, highlight.offset());
			end = Math.max(end, highlight.offset() + highlight.length());
		}
		if (gone.size() + come.size() > MAX_PIECEWISE_CHANGES) {
			replaceAll(parsed, highlights);
		} else {
			replace(same, gone, come);
		}
		chunks.present(start, end - start);
	}

	private void replace(int at, List<StyledPosition> gone, List<Highlight> come) {
		List<StyledPosition> updated = new ArrayList<>(positions.size() - gone.size() + come.size());
		updated.addAll(positions.subList(0, at));
		for (StyledPosition position : gone) {
			try {
				document.removePosition(CATEGORY, position);
			} catch (BadPositionCategoryException e) {
				// the category went with the document's categories: nothing left to remove
			}
		}
		addAll(come, updated);
		updated.addAll(positions.subList(at + gone.size(), positions.size()));
		positions = updated;
	}

	private void replaceAll(IDocument parsed, List<Highlight> highlights) {
		forgetPositions();
		document = parsed;
		document.addPositionCategory(CATEGORY);
		document.addPositionUpdater(updater);
		List<StyledPosition> added = new ArrayList<>(highlights.size());
		addAll(highlights, added);
		positions = added;
	}

	private void addAll(List<Highlight> highlights, List<StyledPosition> into) {
		for (Highlight highlight : highlights) {
			StyledPosition position = new StyledPosition(highlight);
			try {
				document.addPosition(CATEGORY, position);
				into.add(position);
			} catch (BadLocationException | BadPositionCategoryException e) {
				// a range outside the text it was computed for is not drawn
			}
		}
	}

	private void forgetPositions() {
		if (document != null) {
			try {
				document.removePositionCategory(CATEGORY);
			} catch (BadPositionCategoryException e) {
				// already gone with the document's categories
			}
			document.removePositionUpdater(updater);
			document = null;
		}
		positions = List.of();
	}

	@Override
	public void applyTextPresentation(TextPresentation presentation) {
		IRegion extent = presentation.getExtent();
		int start = extent.getOffset();
		int end = start + extent.getLength();
		ColorRegistry colors = PlatformUI.getWorkbench().getThemeManager().getCurrentTheme().getColorRegistry();
		// merged ranges must be ordered and disjoint: a range overlapping the one before keeps only what is past it
		List<StyleRange> ranges = new ArrayList<>();
		int drawnUpTo = start;
		for (StyledPosition position : positions) {
			int from = Math.max(drawnUpTo, position.getOffset());
			int to = Math.min(end, position.getOffset() + position.getLength());
			if (!position.isDeleted() && from < to) {
				String colorId = position.style.colorId();
				ranges.add(new StyleRange(from, to - from, colors.get(colorId), null, position.style.fontStyle() | SyntaxStyles.fontStyle(colorId)));
				drawnUpTo = to;
			}
		}
		if (!ranges.isEmpty()) {
			presentation.mergeStyleRanges(ranges.toArray(StyleRange[]::new));
		}
	}
}
