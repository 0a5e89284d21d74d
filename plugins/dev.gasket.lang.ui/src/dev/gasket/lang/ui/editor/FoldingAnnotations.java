package dev.gasket.lang.ui.editor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.projection.ProjectionAnnotation;
import org.eclipse.jface.text.source.projection.ProjectionAnnotationModel;
import org.eclipse.xtext.ide.editor.folding.FoldingRange;

/**
 * Folding ranges as projection annotations. An update keeps the annotations whose range is still a fold (so a
 * collapsed block stays collapsed while typing elsewhere), removes the others and adds the new ones.
 */
final class FoldingAnnotations {

	private FoldingAnnotations() {
	}

	/** Each range widened to whole lines, including the last line's line break; ranges within one line do not fold. */
	static List<Position> wholeLines(IDocument document, Iterable<FoldingRange> ranges) {
		Set<Position> folds = new LinkedHashSet<>();
		try {
			for (FoldingRange range : ranges) {
				int firstLine = document.getLineOfOffset(range.getOffset());
				int lastLine = document.getLineOfOffset(range.getOffset() + range.getLength());
				if (lastLine > firstLine) {
					int start = document.getLineOffset(firstLine);
					int end = document.getLineOffset(lastLine) + document.getLineLength(lastLine);
					folds.add(new Position(start, end - start));
				}
			}
		} catch (BadLocationException e) {
			// the ranges belong to another text than the document's; the caller checks the stamp, so this is a race lost
			return null;
		}
		return List.copyOf(folds);
	}

	static void update(ProjectionAnnotationModel model, List<Position> folds) {
		Map<Position, Annotation> existing = new HashMap<>();
		List<Annotation> stale = new ArrayList<>();
		for (Iterator<Annotation> annotations = model.getAnnotationIterator(); annotations.hasNext();) {
			Annotation annotation = annotations.next();
			Position position = model.getPosition(annotation);
			if (annotation instanceof ProjectionAnnotation && position != null && !position.isDeleted()
					&& existing.putIfAbsent(new Position(position.getOffset(), position.getLength()), annotation) == null) {
				continue;
			}
			stale.add(annotation);
		}
		Map<Annotation, Position> added = new HashMap<>();
		for (Position fold : folds) {
			if (existing.remove(fold) == null) {
				added.put(new ProjectionAnnotation(), fold);
			}
		}
		stale.addAll(existing.values());
		if (!stale.isEmpty() || !added.isEmpty()) {
			model.modifyAnnotations(stale.toArray(Annotation[]::new), added, null);
		}
	}
}
