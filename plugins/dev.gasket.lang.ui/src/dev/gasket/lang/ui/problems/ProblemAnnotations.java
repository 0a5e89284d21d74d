package dev.gasket.lang.ui.problems;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.resources.IMarker;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.AnnotationModelEvent;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.IAnnotationModelExtension;
import org.eclipse.jface.text.source.IAnnotationModelListener;
import org.eclipse.jface.text.source.IAnnotationModelListenerExtension;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.ui.texteditor.MarkerAnnotation;
import org.eclipse.ui.texteditor.MarkerUtilities;
import org.eclipse.xtext.validation.Issue;

/**
 * The problem annotations of one editor, one per problem, as in the Java editor. A problem that the builder's marker
 * still describes (same message, code and place) is shown by the marker's annotation, which brings the marker's hover
 * and quick fixes; any other by an {@link IssueAnnotation}. The marker of a problem the text no longer has is hidden
 * until the next build replaces it. Marker annotations come and go with builds, so each change of them is reported
 * to {@code markersChanged} to show the latest issues again.
 */
final class ProblemAnnotations {
	private final ISourceViewer viewer;
	private final Listener listener;
	private IAnnotationModel listened;
	private Annotation[] shown = new Annotation[0];

	ProblemAnnotations(ISourceViewer viewer, Runnable markersChanged) {
		this.viewer = viewer;
		this.listener = new Listener(markersChanged);
	}

	/** Shows {@code issues}, found in the viewer's current text; on the UI thread. */
	void show(List<Issue> issues) {
		IAnnotationModel model = listenTo(viewer.getAnnotationModel());
		if (model == null) {
			return;
		}
		List<MarkerAnnotation> markers = problemMarkers(model).toList();
		List<MarkerAnnotation> describing = new ArrayList<>();
		Map<Annotation, Position> own = new HashMap<>();
		for (Issue issue : issues) {
			if (issue.getOffset() == null) {
				continue;
			}
			Position place = new Position(issue.getOffset(), issue.getLength() == null ? 0 : issue.getLength());
			markers.stream().filter(marker -> describes(marker, model.getPosition(marker), issue, place)).findFirst()
					.ifPresentOrElse(describing::add, () -> own.put(new IssueAnnotation(issue), place));
		}
		for (MarkerAnnotation marker : markers) {
			setHidden(marker, !describing.contains(marker));
		}
		if (model instanceof IAnnotationModelExtension replaceable) {
			replaceable.replaceAnnotations(shown, own);
			shown = own.keySet().toArray(Annotation[]::new);
		}
	}

	/** Takes the own annotations away and shows the markers again; on the UI thread. */
	void dispose() {
		IAnnotationModel model = listenTo(null);
		if (model != null) {
			problemMarkers(model).toList().forEach(marker -> setHidden(marker, false));
			if (model instanceof IAnnotationModelExtension replaceable) {
				replaceable.replaceAnnotations(shown, Map.of());
			}
		}
		shown = new Annotation[0];
	}

	private IAnnotationModel listenTo(IAnnotationModel model) {
		IAnnotationModel previous = listened;
		if (model != previous) {
			if (previous != null) {
				previous.removeAnnotationModelListener(listener);
			}
			if (model != null) {
				model.addAnnotationModelListener(listener);
			}
			listened = model;
		}
		return model == null ? previous : model;
	}

	private static Stream<MarkerAnnotation> problemMarkers(IAnnotationModel model) {
		List<MarkerAnnotation> found = new ArrayList<>();
		for (Iterator<Annotation> annotations = model.getAnnotationIterator(); annotations.hasNext();) {
			if (annotations.next() instanceof MarkerAnnotation marker && MarkerUtilities.isMarkerType(marker.getMarker(), ProblemMarkers.TYPE)) {
				found.add(marker);
			}
		}
		return found.stream();
	}

	private static boolean describes(MarkerAnnotation marker, Position markerPlace, Issue issue, Position place) {
		return place.equals(markerPlace) && issue.getMessage().equals(marker.getMarker().getAttribute(IMarker.MESSAGE, ""))
				&& GasmIssues.code(issue).equals(marker.getMarker().getAttribute(ProblemMarkers.CODE, ""));
	}

	/** Hides or shows a marker's annotation; the rulers and squiggles repaint only for a reported change. */
	private void setHidden(MarkerAnnotation marker, boolean hidden) {
		if (marker.isMarkedDeleted() == hidden) {
			return;
		}
		marker.markDeleted(hidden);
		IDocument document = viewer.getDocument();
		ITextFileBuffer buffer = document == null ? null : FileBuffers.getTextFileBufferManager().getTextFileBuffer(document);
		if (buffer != null && buffer.getAnnotationModel() instanceof IAnnotationModelExtension markers) {
			Position place = buffer.getAnnotationModel().getPosition(marker);
			if (place != null) {
				markers.modifyAnnotationPosition(marker, new Position(place.getOffset(), place.getLength()));
			}
		}
	}

	/** Reports marker annotations added or removed; the own changes above never add or remove one, so never loop. */
	private record Listener(Runnable markersChanged) implements IAnnotationModelListener, IAnnotationModelListenerExtension {
		@Override
		public void modelChanged(IAnnotationModel model) {
			// the detailed event below says whether markers changed
		}

		@Override
		public void modelChanged(AnnotationModelEvent event) {
			if (event.isWorldChange() || Stream.concat(Stream.of(event.getAddedAnnotations()), Stream.of(event.getRemovedAnnotations()))
					.anyMatch(MarkerAnnotation.class::isInstance)) {
				markersChanged.run();
			}
		}
	}
}
