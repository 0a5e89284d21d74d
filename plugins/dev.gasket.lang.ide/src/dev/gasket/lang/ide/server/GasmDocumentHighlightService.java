package dev.gasket.lang.ide.server;

import java.util.List;

import org.eclipse.lsp4j.DocumentHighlight;
import org.eclipse.lsp4j.DocumentHighlightKind;
import org.eclipse.lsp4j.DocumentHighlightParams;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.occurrences.IDocumentHighlightService;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;

import com.google.inject.Inject;

import dev.gasket.lang.ide.navigation.SymbolOccurrences;

/** Occurrences of the symbol under the caret in this file: its definition as a write, every use as a read. */
public class GasmDocumentHighlightService implements IDocumentHighlightService {
	@Inject
	private SymbolOccurrences occurrences;

	@Override
	public List<? extends DocumentHighlight> getDocumentHighlights(Document document, XtextResource resource, DocumentHighlightParams params,
			CancelIndicator cancelIndicator) {
		return occurrences.at(resource, Locations.offset(document, params.getPosition())).stream()
				.map(occurrence -> new DocumentHighlight(Locations.range(occurrence.location()),
						occurrence.definition() ? DocumentHighlightKind.Write : DocumentHighlightKind.Read))
				.toList();
	}
}
