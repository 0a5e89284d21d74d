package dev.gasket.lang.ide.navigation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.resource.XtextResource;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/** The occurrences of the symbol at an offset within its own file: its definition there first, then every use in order. */
@Singleton
public class SymbolOccurrences {
	@Inject
	private SymbolNavigator navigator;

	public List<Occurrence> at(XtextResource resource, int offset) {
		Optional<EObject> symbol = navigator.symbolAt(resource, offset);
		if (symbol.isEmpty()) {
			return List.of();
		}
		List<Occurrence> occurrences = new ArrayList<>();
		Optional<SymbolLocation> definition = navigator.definitionLocation(symbol.get()).filter(found -> found.uri().equals(resource.getURI()));
		definition.ifPresent(found -> occurrences.add(new Occurrence(found, true)));
		for (SymbolLocation use : navigator.references(symbol.get(), List.of(resource))) {
			if (definition.isEmpty() || use.offset() != definition.get().offset()) {
				occurrences.add(new Occurrence(use, false));
			}
		}
		return occurrences;
	}
}
