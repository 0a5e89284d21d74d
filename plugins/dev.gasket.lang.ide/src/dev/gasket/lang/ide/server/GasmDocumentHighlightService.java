package dev.gasket.lang.ide.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.lsp4j.DocumentHighlight;
import org.eclipse.lsp4j.DocumentHighlightKind;
import org.eclipse.lsp4j.DocumentHighlightParams;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.occurrences.IDocumentHighlightService;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;

import com.google.inject.Inject;

import dev.gasket.lang.ide.navigation.SymbolLocation;
import dev.gasket.lang.ide.navigation.SymbolNavigator;

/** Occurrences of the symbol under the caret in this file: its definition as a write, every use as a read. */
public class GasmDocumentHighlightService implements IDocumentHighlightService {
	@Inject
	private SymbolNavigator navigator;

	@Override
	public List<? extends DocumentHighlight> getDocumentHighlights(Document document, XtextResource resource, DocumentHighlightParams params,
			CancelIndicator cancelIndicator) {
		Optional<EObject> symbol = navigator.symbolAt(resource, Locations.offset(document, params.getPosition()));
		if (symbol.isEmpty()) {
			return List.of();
		}
		List<DocumentHighlight> highlights = new ArrayList<>();
		Optional<SymbolLocation> definition = navigator.definitionLocation(symbol.get()).filter(found -> found.uri().equals(resource.getURI()));
		definition.ifPresent(found -> highlights.add(new DocumentHighlight(Locations.range(found), DocumentHighlightKind.Write)));
		for (SymbolLocation use : navigator.references(symbol.get(), List.of(resource))) {
			if (definition.isEmpty() || use.offset() != definition.get().offset()) {
				highlights.add(new DocumentHighlight(Locations.range(use), DocumentHighlightKind.Read));
			}
		}
		return highlights;
	}
}
