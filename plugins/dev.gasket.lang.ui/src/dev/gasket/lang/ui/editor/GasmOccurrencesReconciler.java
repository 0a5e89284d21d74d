package dev.gasket.lang.ui.editor;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.ICoreRunnable;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.IEclipsePreferences.IPreferenceChangeListener;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextInputListener;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.reconciler.IReconciler;
import org.eclipse.jface.text.reconciler.IReconcilingStrategy;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.IAnnotationModelExtension;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.jface.viewers.IPostSelectionProvider;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.swt.widgets.Display;

import dev.gasket.lang.ide.navigation.Occurrence;
import dev.gasket.lang.ide.navigation.SymbolOccurrences;
import dev.gasket.lang.ui.model.GasmDocumentModel;

/**
 * Mark occurrences: when the caret rests on a symbol, its definition and uses in this file are annotated with the
 * generic editor's occurrence type (so its colours and preferences apply), recomputed after each parse as well.
 */
public class GasmOccurrencesReconciler implements IReconciler {
	/** The generic editor's own occurrence annotation type, which it replaces when a content type brings a highlighter. */
	public static final String ANNOTATION_TYPE = "org.eclipse.ui.genericeditor.text";
	/** The generic editor's "Toggle Mark Occurrences" switch, honoured as its own highlighter does. */
	public static final String PREFERENCES_NODE = "org.eclipse.ui.genericeditor";
	public static final String ENABLED_KEY = "org.eclipse.ui.genericeditor.togglehighlight";

	private final ISelectionChangedListener caretListener = event -> markAtCaret();
	private final Runnable markAfterParse = () -> Display.getDefault().asyncExec(this::markAtCaret);
	private final ITextInputListener inputListener = new ITextInputListener() {
		@Override
		public void inputDocumentAboutToBeChanged(IDocument oldInput, IDocument newInput) {
			if (oldInput != null) {
				GasmDocumentModel.of(oldInput).removeParseListener(markAfterParse);
			}
		}

		@Override
		public void inputDocumentChanged(IDocument oldInput, IDocument newInput) {
			if (newInput != null) {
				GasmDocumentModel.of(newInput).addParseListener(markAfterParse);
			}
		}
	};
	private final IPreferenceChangeListener toggleListener = event -> {
		if (ENABLED_KEY.equals(event.getKey())) {
			Display.getDefault().asyncExec(this::markAtCaret);
		}
	};
	/** Finds the occurrences off the UI thread, which must not wait while a long query (validation) holds the parse. */
	private final Job finder = Job.createSystem("Mark occurrences", (ICoreRunnable) monitor -> findOccurrences());
	private volatile Request request;
	private ISourceViewer viewer;
	private Annotation[] shown = new Annotation[0];

	/** The occurrences wanted at {@code caret} of the text at {@code stamp}. */
	private record Request(ISourceViewer viewer, GasmDocumentModel model, long stamp, int caret) {
	}

	@Override
	public void install(ITextViewer textViewer) {
		if (!(textViewer instanceof ISourceViewer sourceViewer)) {
			return;
		}
		viewer = sourceViewer;
		preferences().addPreferenceChangeListener(toggleListener);
		viewer.addTextInputListener(inputListener);
		inputListener.inputDocumentChanged(null, viewer.getDocument());
		if (viewer.getSelectionProvider() instanceof IPostSelectionProvider selections) {
			selections.addPostSelectionChangedListener(caretListener);
		}
	}

	@Override
	public void uninstall() {
		if (viewer == null) {
			return;
		}
		if (viewer.getSelectionProvider() instanceof IPostSelectionProvider selections) {
			selections.removePostSelectionChangedListener(caretListener);
		}
		preferences().removePreferenceChangeListener(toggleListener);
		inputListener.inputDocumentAboutToBeChanged(viewer.getDocument(), null);
		viewer.removeTextInputListener(inputListener);
		request = null;
		finder.cancel();
		show(Map.of());
		viewer = null;
	}

	@Override
	public IReconcilingStrategy getReconcilingStrategy(String contentType) {
		return null;
	}

	/** Keeps the marks while the parse is older than the text: the annotation model moves them with the edits. */
	private void markAtCaret() {
		if (viewer == null || viewer.getDocument() == null || viewer.getTextWidget() == null || viewer.getTextWidget().isDisposed()) {
			return;
		}
		if (!preferences().getBoolean(ENABLED_KEY, true)) {
			show(Map.of());
			return;
		}
		GasmDocumentModel model = GasmDocumentModel.of(viewer.getDocument());
		request = new Request(viewer, model, model.stamp(), viewer.getSelectedRange().x);
		finder.schedule();
	}

	/** Runs in the finder job; only the latest request's answer is shown, and only while its text is unchanged. */
	private void findOccurrences() {
		Request asked = request;
		if (asked == null) {
			return;
		}
		asked.model().read(resource -> GasmDocumentModel.language().getInstance(SymbolOccurrences.class).at(resource, asked.caret()))
				.ifPresent(occurrences -> Display.getDefault().asyncExec(() -> {
					if (request == asked && viewer == asked.viewer() && asked.model().stamp() == asked.stamp()) {
						show(annotations(occurrences));
					}
				}));
	}

	private static IEclipsePreferences preferences() {
		return InstanceScope.INSTANCE.getNode(PREFERENCES_NODE);
	}

	private static Map<Annotation, Position> annotations(List<Occurrence> occurrences) {
		Map<Annotation, Position> annotations = new HashMap<>();
		for (Occurrence occurrence : occurrences) {
			String description = (occurrence.definition() ? "Definition of " : "Use of ") + occurrence.location().name();
			annotations.put(new Annotation(ANNOTATION_TYPE, false, description),
					new Position(occurrence.location().offset(), occurrence.location().length()));
		}
		return annotations;
	}

	private void show(Map<Annotation, Position> annotations) {
		IAnnotationModel model = viewer.getAnnotationModel();
		if (model instanceof IAnnotationModelExtension replaceable) {
			replaceable.replaceAnnotations(shown, annotations);
			shown = annotations.keySet().toArray(Annotation[]::new);
		}
	}
}
