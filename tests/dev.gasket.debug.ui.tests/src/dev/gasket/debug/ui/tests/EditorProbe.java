package dev.gasket.debug.ui.tests;

import java.util.Iterator;
import java.util.Optional;

import org.eclipse.core.resources.IMarker;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.ITextViewerExtension5;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.CompositeRuler;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.IVerticalRulerColumn;
import org.eclipse.jface.text.source.IVerticalRulerInfo;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.texteditor.MarkerAnnotation;

/** What the Gasket editor shows and how a user points at it: caret on a line, the ruler's annotations and pixels, ruler clicks. */
final class EditorProbe {
	private final ITextEditor editor;

	EditorProbe(ITextEditor editor) {
		this.editor = editor;
	}

	IDocument document() {
		return editor.getDocumentProvider().getDocument(editor.getEditorInput());
	}

	/** Offset of {@code column} (0-based) on 1-based {@code line}. */
	int offset(int line, int column) throws BadLocationException {
		return document().getLineOffset(line - 1) + column;
	}

	void caretAt(int line, int column) throws BadLocationException {
		editor.selectAndReveal(offset(line, column), 0);
		Ui.flushEvents();
	}

	/** The annotation the editor shows for {@code marker}, and the 1-based line it is on. */
	Optional<Integer> annotatedLine(IMarker marker, String annotationType) throws BadLocationException {
		IAnnotationModel model = editor.getDocumentProvider().getAnnotationModel(editor.getEditorInput());
		for (Iterator<Annotation> annotations = model.getAnnotationIterator(); annotations.hasNext();) {
			Annotation annotation = annotations.next();
			if (annotation instanceof MarkerAnnotation shown && shown.getMarker().equals(marker) && annotationType.equals(annotation.getType())) {
				Position position = model.getPosition(annotation);
				return Optional.of(document().getLineOfOffset(position.getOffset()) + 1);
			}
		}
		return Optional.empty();
	}

	/** The pixels the vertical ruler's annotation column draws beside 1-based {@code line}. */
	int[] rulerPixels(int line) {
		Control column = annotationColumn().getControl();
		int top = lineTop(line);
		int height = textWidget().getLineHeight();
		Image image = new Image(column.getDisplay(), column.getSize().x, column.getSize().y);
		try {
			GC gc = new GC(image);
			column.print(gc);
			gc.dispose();
			ImageData data = image.getImageData();
			int[] pixels = new int[data.width * height];
			for (int row = 0; row < height && top + row < data.height; row++) {
				data.getPixels(0, top + row, data.width, pixels, row * data.width);
			}
			return pixels;
		} finally {
			image.dispose();
		}
	}

	/** A double-click on the ruler's annotation column beside 1-based {@code line}, as the mouse sends it. */
	void doubleClickRuler(int line) {
		Control column = annotationColumn().getControl();
		int y = lineTop(line) + textWidget().getLineHeight() / 2;
		for (int type : new int[] { SWT.MouseDown, SWT.MouseUp, SWT.MouseDown, SWT.MouseDoubleClick, SWT.MouseUp }) {
			Event event = new Event();
			event.button = 1;
			event.x = column.getSize().x / 2;
			event.y = y;
			event.count = type == SWT.MouseDoubleClick ? 2 : 1;
			column.notifyListeners(type, event);
		}
		Ui.flushEvents();
	}

	StyledText textWidget() {
		return (StyledText) editor.getAdapter(Control.class);
	}

	private int lineTop(int line) {
		ITextViewer viewer = (ITextViewer) editor.getAdapter(ITextOperationTarget.class);
		int widgetLine = viewer instanceof ITextViewerExtension5 projected ? projected.modelLine2WidgetLine(line - 1) : line - 1;
		return textWidget().getLinePixel(widgetLine);
	}

	private IVerticalRulerColumn annotationColumn() {
		CompositeRuler ruler = (CompositeRuler) editor.getAdapter(IVerticalRulerInfo.class);
		for (Iterator<IVerticalRulerColumn> columns = ruler.getDecoratorIterator(); columns.hasNext();) {
			IVerticalRulerColumn column = columns.next();
			if (column.getClass().getSimpleName().contains("Annotation")) {
				return column;
			}
		}
		throw new AssertionError("the editor's vertical ruler has no annotation column");
	}
}
