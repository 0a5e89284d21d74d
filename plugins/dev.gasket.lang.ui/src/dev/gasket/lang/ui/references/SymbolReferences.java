package dev.gasket.lang.ui.references;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResource;

import dev.gasket.lang.ide.navigation.SymbolLocation;
import dev.gasket.lang.ide.navigation.SymbolNavigator;
import dev.gasket.lang.ui.model.GasmDocumentModel;

/**
 * The definition and every use of the symbol at an offset, across the sources the document model parsed with the
 * document (its project's files), found by the same {@link SymbolNavigator} as {@code gasket nav refs}.
 */
public final class SymbolReferences {

	/**
	 * @param symbol the symbol's name
	 * @param matches the definition first (when it has one), then the uses file by file, each place once
	 */
	public record Found(String symbol, List<ReferenceMatch> matches) {
	}

	private SymbolReferences() {
	}

	public static Optional<Found> at(XtextResource resource, int offset) {
		SymbolNavigator navigator = GasmDocumentModel.language().getInstance(SymbolNavigator.class);
		Optional<EObject> symbol = navigator.symbolAt(resource, offset);
		if (symbol.isEmpty()) {
			return Optional.empty();
		}
		Optional<SymbolLocation> definition = navigator.definitionLocation(symbol.get());
		List<ReferenceMatch> matches = new ArrayList<>();
		definition.ifPresent(place -> matches.add(match(symbol.get().eResource(), place, true)));
		for (SymbolLocation use : navigator.references(symbol.get(), resource.getResourceSet().getResources())) {
			boolean isDefinition = definition.filter(place -> place.uri().equals(use.uri()) && place.offset() == use.offset()).isPresent();
			if (!isDefinition) {
				matches.add(match(resource.getResourceSet().getResource(use.uri(), false), use, false));
			}
		}
		String name = definition.map(SymbolLocation::name).orElse(matches.isEmpty() ? "" : matches.get(0).location().name());
		return Optional.of(new Found(name, List.copyOf(matches)));
	}

	private static ReferenceMatch match(Resource resource, SymbolLocation location, boolean definition) {
		return new ReferenceMatch(location, lineText(resource, location.offset()), definition);
	}

	private static String lineText(Resource resource, int offset) {
		if (!(resource instanceof XtextResource parsed) || parsed.getParseResult() == null) {
			return "";
		}
		String text = parsed.getParseResult().getRootNode().getText();
		int start = text.lastIndexOf('\n', Math.max(0, offset - 1)) + 1;
		int end = text.indexOf('\n', offset);
		return text.substring(start, end < 0 ? text.length() : end).replace("\r", "");
	}
}
