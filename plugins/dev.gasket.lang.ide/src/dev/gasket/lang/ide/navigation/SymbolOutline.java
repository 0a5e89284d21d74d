package dev.gasket.lang.ide.navigation;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;

import com.google.inject.Inject;
import com.google.inject.Singleton;

import dev.gasket.lang.symbols.Definition;

/**
 * A file's outline for every editor: its definitions in file order, file-local labels ({@code .L…}, numeric) nested
 * under the code symbol or label before them, as a reader of the file groups them.
 */
@Singleton
public class SymbolOutline {
	@Inject
	private SymbolNavigator navigator;

	public List<OutlineEntry> of(Resource resource) {
		List<OutlineEntry> roots = new ArrayList<>();
		List<OutlineEntry> enclosingChildren = null;
		for (SymbolLocation symbol : navigator.outline(resource)) {
			List<OutlineEntry> children = new ArrayList<>();
			OutlineEntry entry = new OutlineEntry(symbol, children);
			if (Definition.isFileLocal(symbol.name()) && enclosingChildren != null) {
				enclosingChildren.add(entry);
			} else {
				roots.add(entry);
				if (symbol.kind().equals("code") || symbol.kind().equals("label")) {
					enclosingChildren = children;
				}
			}
		}
		return roots;
	}
}
