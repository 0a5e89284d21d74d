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

import dev.gasket.lang.ui.model.GasmDocumentModel;

/**
 * Draws the semantic styles of the latest parse over the lexical colours. It is a text presentation listener rather than
 * a second presentation reconciler because the generic editor takes one presentation reconciler per content type (ours
 * is the lexical one, which must stay instant), while a listener is asked to add its ranges to every presentation the
 * lexical reconciler produces, so typing never wipes the semantic colours. Between a keystroke and the next parse the
 * ranges are document positions, which the document shifts with the edit.
 */
final class GasmSemanticHighlighter implements ITextPresentationListener {
	private static final String CATEGORY = "dev.gasket.lang.ui.semantic";

	/** A range of the document and how it looks; the document moves it as text is typed before it. */
	private static final class StyledPosition extends Position {
		final GasmSemanticStyle style;

		StyledPosition(int offset, int length, GasmSemanticStyle style) {
			super(offset, length);
			this.style = style;
		}
	}

	/** A position the semantic highlighting calculator reported, with its style ids. */
	record Highlight(int offset, int length, String[] styleIds) {
	}

	private final IPositionUpdater updater = new DefaultPositionUpdater(CATEGORY);
	private ITextViewer viewer;
	private IDocument document;
	private List<StyledPosition> positions = List.of();

	void install(ITextViewer textViewer) {
		viewer = textViewer;
		if (viewer instanceof ITextViewerExtension4 presentations) {
			presentations.addTextPresentationListener(this);
		}
	}

	void uninstall() {
		if (viewer instanceof ITextViewerExtension4 presentations) {
			presentations.removeTextPresentationListener(this);
		}
		forgetPositions();
		viewer = null;
	}

	/** Replaces the drawn ranges with those of a parse of the text at {@code stamp}; a parse of older text is dropped. UI thread only. */
	void show(IDocument parsed, GasmDocumentModel model, long stamp, List<Highlight> highlights) {
		if (viewer == null || viewer.getTextWidget() == null || viewer.getTextWidget().isDisposed() || viewer.getDocument() != parsed
				|| model.stamp() != stamp) {
			return;
		}
		forgetPositions();
		document = parsed;
		document.addPositionCategory(CATEGORY);
		document.addPositionUpdater(updater);
		List<StyledPosition> added = new ArrayList<>();
		for (Highlight highlight : highlights) {
			GasmSemanticStyle style = GasmSemanticStyle.of(highlight.styleIds());
			if (style.colorId() != null) {
				StyledPosition position = new StyledPosition(highlight.offset(), highlight.length(), style);
				try {
					document.addPosition(CATEGORY, position);
					added.add(position);
				} catch (BadLocationException | BadPositionCategoryException e) {
					// a range outside the text it was computed for is not drawn
				}
			}
		}
		added.sort(Comparator.comparingInt(Position::getOffset));
		positions = added;
		viewer.invalidateTextPresentation();
	}

	private void forgetPositions() {
		if (document != null) {
			try {
				document.removePositionCategory(CATEGORY);
			} catch (BadPositionCategoryException e) {
				// already gone with the document's categories
			}
			document.removePositionUpdater(updater);
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
