package dev.gasket.lang.ui.problems;

import java.util.Optional;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.filebuffers.ITextFileBufferManager;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IPath;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.Position;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IMarkerResolutionGenerator2;
import org.eclipse.ui.texteditor.AbstractMarkerAnnotationModel;

import dev.gasket.lang.validation.GasmIssueCodes;

/**
 * Quick fix of the Problems view (and the editor's ruler) for {@code operand-size-vs-symbol}: "Change xorq to xorl".
 * The edit goes through the file's shared text buffer, so an open editor shows it; a file not being edited is saved.
 */
public class OperandSizeResolutions implements IMarkerResolutionGenerator2 {

	@Override
	public boolean hasResolutions(IMarker marker) {
		return GasmIssueCodes.OPERAND_SIZE_VS_SYMBOL.equals(marker.getAttribute(ProblemMarkers.CODE, ""));
	}

	@Override
	public IMarkerResolution[] getResolutions(IMarker marker) {
		if (!hasResolutions(marker) || !(marker.getResource() instanceof IFile file)) {
			return new IMarkerResolution[0];
		}
		String[] data = marker.getAttribute(ProblemMarkers.DATA, "").split("\n");
		return withDocument(file, document -> OperandSizeFix.find(document, currentStart(document, marker), data))
				.map(fix -> new IMarkerResolution[] { new Resolution(fix) }).orElse(new IMarkerResolution[0]);
	}

	/** Where the marker is in the text now: an open editor moves it with unsaved typing, its attribute moves only on saving. */
	private static int currentStart(IDocument document, IMarker marker) {
		ITextFileBuffer buffer = FileBuffers.getTextFileBufferManager().getTextFileBuffer(document);
		Position place = buffer != null && buffer.getAnnotationModel() instanceof AbstractMarkerAnnotationModel markers ? markers.getMarkerPosition(marker) : null;
		return place != null && !place.isDeleted() ? place.getOffset() : marker.getAttribute(IMarker.CHAR_START, -1);
	}

	private interface DocumentWork<T> {
		T on(IDocument document) throws BadLocationException;
	}

	/** Runs {@code work} on the file's shared document, saving afterwards when nobody else had it dirty. */
	private static <T> Optional<T> withDocument(IFile file, DocumentWork<Optional<T>> work) {
		ITextFileBufferManager manager = FileBuffers.getTextFileBufferManager();
		IPath path = file.getFullPath();
		try {
			manager.connect(path, LocationKind.IFILE, null);
			try {
				ITextFileBuffer buffer = manager.getTextFileBuffer(path, LocationKind.IFILE);
				boolean wasDirty = buffer.isDirty();
				Optional<T> result = work.on(buffer.getDocument());
				if (!wasDirty && buffer.isDirty()) {
					buffer.commit(null, false);
				}
				return result;
			} finally {
				manager.disconnect(path, LocationKind.IFILE, null);
			}
		} catch (CoreException | BadLocationException e) {
			ILog.of(OperandSizeResolutions.class).error("cannot fix " + file.getFullPath() + ": " + e.getMessage(), e);
			return Optional.empty();
		}
	}

	private record Resolution(OperandSizeFix fix) implements IMarkerResolution {
		@Override
		public String getLabel() {
			return fix.label();
		}

		@Override
		public void run(IMarker marker) {
			if (marker.getResource() instanceof IFile file) {
				withDocument(file, document -> {
					fix.apply(document);
					return Optional.of(fix);
				});
			}
		}
	}
}
