package dev.gasket.lang.ui.editor;

import java.util.ArrayDeque;
import java.util.Deque;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.BadPositionCategoryException;
import org.eclipse.jface.text.DefaultPositionUpdater;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IPositionUpdater;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.ITextViewerExtension2;
import org.eclipse.jface.text.Position;
import org.eclipse.swt.custom.StyledText;

/**
 * Presents a region of an editor's text again (so its presentation listeners redraw their styles there) in pieces the
 * UI thread handles between other events: the visible part at once, the rest one chunk per turn of the event loop.
 * Waiting chunks are document positions, so typing meanwhile moves them with their text.
 */
final class PresentationChunks {
	/** About 1,000 lines of assembly: presenting it takes the UI thread a few milliseconds. */
	static final int CHUNK_LENGTH = 32 * 1024;
	private static final String CATEGORY = "dev.gasket.lang.ui.semantic.pending";

	private final ITextViewer viewer;
	private final IPositionUpdater updater = new DefaultPositionUpdater(CATEGORY);
	private final Deque<Position> pending = new ArrayDeque<>();
	private IDocument tracked;
	private boolean scheduled;

	PresentationChunks(ITextViewer viewer) {
		this.viewer = viewer;
	}

	/** UI thread only. */
	void present(int offset, int length) {
		if (length <= CHUNK_LENGTH) {
			invalidate(offset, length);
			return;
		}
		int visibleStart = Math.max(offset, viewer.getTopIndexStartOffset());
		int visibleEnd = Math.min(offset + length, viewer.getBottomIndexEndOffset());
		if (visibleStart < visibleEnd) {
			invalidate(visibleStart, visibleEnd - visibleStart);
		}
		track(viewer.getDocument());
		for (int chunk = offset; chunk < offset + length; chunk += CHUNK_LENGTH) {
			Position position = new Position(chunk, Math.min(CHUNK_LENGTH, offset + length - chunk));
			try {
				tracked.addPosition(CATEGORY, position);
				pending.add(position);
			} catch (BadLocationException | BadPositionCategoryException e) {
				// a chunk past the end of the text has nothing to present
			}
		}
		schedule();
	}

	/** Drops what is still waiting, as when the editor closes. */
	void clear() {
		pending.clear();
		if (tracked != null) {
			try {
				tracked.removePositionCategory(CATEGORY);
			} catch (BadPositionCategoryException e) {
				// already gone with the document's categories
			}
			tracked.removePositionUpdater(updater);
			tracked = null;
		}
	}

	private void track(IDocument document) {
		if (tracked != document) {
			clear();
			tracked = document;
			tracked.addPositionCategory(CATEGORY);
			tracked.addPositionUpdater(updater);
		}
	}

	private void schedule() {
		StyledText widget = viewer.getTextWidget();
		if (!scheduled && !pending.isEmpty() && widget != null && !widget.isDisposed()) {
			scheduled = true;
			widget.getDisplay().asyncExec(this::presentNext);
		}
	}

	private void presentNext() {
		scheduled = false;
		Position next = pending.poll();
		if (next == null || tracked == null || viewer.getDocument() != tracked) {
			return;
		}
		try {
			tracked.removePosition(CATEGORY, next);
		} catch (BadPositionCategoryException e) {
			// the category went with the document's categories
		}
		if (!next.isDeleted()) {
			invalidate(next.getOffset(), next.getLength());
		}
		schedule();
	}

	private void invalidate(int offset, int length) {
		StyledText widget = viewer.getTextWidget();
		IDocument document = viewer.getDocument();
		if (widget == null || widget.isDisposed() || document == null) {
			return;
		}
		int start = Math.min(offset, document.getLength());
		int clipped = Math.min(length, document.getLength() - start);
		if (viewer instanceof ITextViewerExtension2 regions) {
			regions.invalidateTextPresentation(start, clipped);
		} else {
			viewer.invalidateTextPresentation();
		}
	}
}
