package dev.gasket.lang.ui.editor;

import java.util.Optional;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.ITextHoverExtension2;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Region;

import dev.gasket.lang.ide.navigation.HoverText;
import dev.gasket.lang.ide.navigation.SymbolNavigator;
import dev.gasket.lang.instructions.X86Register;
import dev.gasket.lang.ui.model.GasmDocumentModel;

/**
 * The hover of the generic editor: an instruction's description and forms, a symbol's kind, size and definition (both
 * from the parsed model, as {@code gasket nav hover}), or a register's class and width (from the text alone).
 */
public class GasmTextHover implements ITextHover, ITextHoverExtension2 {

	@Override
	public IRegion getHoverRegion(ITextViewer textViewer, int offset) {
		IDocument document = textViewer.getDocument();
		int start = offset;
		int end = offset;
		try {
			while (start > 0 && isWordPart(document.getChar(start - 1))) {
				start--;
			}
			while (end < document.getLength() && isWordPart(document.getChar(end))) {
				end++;
			}
		} catch (BadLocationException e) {
			return new Region(offset, 0);
		}
		return new Region(start, end - start);
	}

	@Override
	public Object getHoverInfo2(ITextViewer textViewer, IRegion hoverRegion) {
		IDocument document = textViewer.getDocument();
		if (document == null) {
			return null;
		}
		int offset = hoverRegion.getOffset();
		return GasmDocumentModel.of(document).read(resource -> GasmDocumentModel.language().getInstance(SymbolNavigator.class).hover(resource, offset))
				.flatMap(hover -> hover).or(() -> register(document, hoverRegion)).orElse(null);
	}

	@Override
	@Deprecated
	public String getHoverInfo(ITextViewer textViewer, IRegion hoverRegion) {
		Object info = getHoverInfo2(textViewer, hoverRegion);
		return info == null ? null : info.toString();
	}

	private static Optional<String> register(IDocument document, IRegion region) {
		try {
			String word = document.get(region.getOffset(), region.getLength());
			return word.startsWith("%") ? X86Register.lookup(word.substring(1)).map(HoverText::register) : Optional.empty();
		} catch (BadLocationException e) {
			return Optional.empty();
		}
	}

	private static boolean isWordPart(char character) {
		return Character.isLetterOrDigit(character) || character == '_' || character == '.' || character == '$' || character == '%';
	}
}
