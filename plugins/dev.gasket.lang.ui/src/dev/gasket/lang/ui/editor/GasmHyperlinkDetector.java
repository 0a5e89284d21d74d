package dev.gasket.lang.ui.editor;

import java.util.List;

import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.hyperlink.AbstractHyperlinkDetector;
import org.eclipse.jface.text.hyperlink.IHyperlink;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;

import dev.gasket.lang.ide.navigation.SymbolLocation;
import dev.gasket.lang.ide.navigation.SymbolNavigator;
import dev.gasket.lang.ui.model.GasmDocumentModel;

/**
 * Ctrl+click and F3 (Open Hyperlink in the generic editor): the definitions of the symbol, local or numeric label,
 * macro or {@code #include}d file at the caret, as {@code gasket nav def} finds them. Nothing is offered while the
 * latest parse is older than the text, so offsets never point into changed text.
 */
public class GasmHyperlinkDetector extends AbstractHyperlinkDetector {

	@Override
	public IHyperlink[] detectHyperlinks(ITextViewer textViewer, IRegion region, boolean canShowMultipleHyperlinks) {
		if (textViewer.getDocument() == null) {
			return null;
		}
		int offset = region.getOffset();
		List<IHyperlink> links = GasmDocumentModel.of(textViewer.getDocument()).read(resource -> {
			List<SymbolLocation> definitions = GasmDocumentModel.language().getInstance(SymbolNavigator.class).definitions(resource, offset);
			IRegion source = wordAt(resource, offset);
			return definitions.stream().<IHyperlink>map(definition -> new DefinitionHyperlink(source, definition)).toList();
		}).orElse(List.of());
		return links.isEmpty() ? null : links.toArray(IHyperlink[]::new);
	}

	/** The token under the caret, which is what gets underlined. */
	private static IRegion wordAt(XtextResource resource, int offset) {
		ILeafNode leaf = NodeModelUtils.findLeafNodeAtOffset(resource.getParseResult().getRootNode(), offset);
		return leaf == null ? new Region(offset, 0) : new Region(leaf.getOffset(), leaf.getLength());
	}
}
