package dev.gasket.lang.ide.server;

import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.Range;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.hover.IHoverService;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;

import com.google.inject.Inject;

import dev.gasket.lang.ide.navigation.SymbolNavigator;

/** The navigator's hover text (instruction description and forms, or what a symbol is and where) as plain text. */
public class GasmHoverService implements IHoverService {
	@Inject
	private SymbolNavigator navigator;

	@Override
	public Hover hover(Document document, XtextResource resource, HoverParams params, CancelIndicator cancelIndicator) {
		int offset = Locations.offset(document, params.getPosition());
		return navigator.hover(resource, offset).map(text -> {
			Hover hover = new Hover(new MarkupContent(MarkupKind.PLAINTEXT, text.strip()));
			ILeafNode word = NodeModelUtils.findLeafNodeAtOffset(resource.getParseResult().getRootNode(), offset);
			if (word != null && !word.isHidden()) {
				hover.setRange(new Range(document.getPosition(word.getOffset()), document.getPosition(word.getEndOffset())));
			}
			return hover;
		}).orElse(IHoverService.EMPTY_HOVER);
	}
}
