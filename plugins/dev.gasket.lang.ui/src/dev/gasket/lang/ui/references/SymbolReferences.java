package dev.gasket.lang.ui.references;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;

import dev.gasket.lang.ide.navigation.SymbolLocation;
import dev.gasket.lang.ide.navigation.SymbolNavigator;
import dev.gasket.lang.ui.model.GasmDocumentModel;

/**
 * The definition and every use of the symbol at an offset, across the sources the document model parsed with the
 * document (its project's files) and the headers they include, found by the same {@link SymbolNavigator} as
 * {@code gasket nav refs}.
 */
public final class SymbolReferences {

	/**
	 * @param symbol the symbol's name
	 * @param references the definition first (when it has one), then the uses file by file, each place once
	 */
	public record Found(String symbol, List<Reference> references) {
	}

	private SymbolReferences() {
	}

	/** The symbol at {@code offset} and every place naming it; empty when there is no symbol there or when cancelled. */
	public static Optional<Found> at(XtextResource resource, int offset, CancelIndicator cancel) {
		SymbolNavigator navigator = GasmDocumentModel.language().getInstance(SymbolNavigator.class);
		Optional<EObject> symbol = navigator.symbolAt(resource, offset);
		if (symbol.isEmpty()) {
			return Optional.empty();
		}
		linkAll(resource.getResourceSet(), cancel);
		if (cancel.isCanceled()) {
			return Optional.empty();
		}
		Optional<SymbolLocation> definition = navigator.definitionLocation(symbol.get());
		List<Reference> references = new ArrayList<>();
		definition.ifPresent(place -> references.add(reference(symbol.get().eResource(), place, true)));
		for (SymbolLocation use : navigator.references(symbol.get(), resource.getResourceSet().getResources())) {
			boolean isDefinition = definition.filter(place -> place.uri().equals(use.uri()) && place.offset() == use.offset()).isPresent();
			if (!isDefinition) {
				references.add(reference(resource.getResourceSet().getResource(use.uri(), false), use, false));
			}
		}
		String name = definition.map(SymbolLocation::name).orElse(references.isEmpty() ? "" : references.get(0).location().name());
		return Optional.of(new Found(name, List.copyOf(references)));
	}

	/**
	 * Links every source, the ones this adds included: linking a source loads the headers it includes (from the
	 * include path too, outside the project), which may name the symbol as well.
	 */
	private static void linkAll(ResourceSet sources, CancelIndicator cancel) {
		for (int linked = 0; linked < sources.getResources().size() && !cancel.isCanceled(); linked++) {
			EcoreUtil2.resolveLazyCrossReferences(sources.getResources().get(linked), cancel);
		}
	}

	private static Reference reference(Resource resource, SymbolLocation location, boolean definition) {
		return new Reference(location, lineText(resource, location.offset()), definition);
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
