package dev.gasket.lang.ide.navigation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.ecore.resource.Resource;

import com.google.inject.Inject;
import com.google.inject.Singleton;

import dev.gasket.lang.structure.FileStructure;
import dev.gasket.lang.structure.FileStructures;
import dev.gasket.lang.symbols.Definition;

/**
 * A file's outline for every editor, as a reader of the file groups it: code symbols, data and labels under the
 * section they are assembled into (one node per section, where the file first switches to it), file-local labels
 * ({@code .L…}) nested under the code symbol or label before them in that section. Macros, constants and common
 * symbols place no bytes in the section they are written in, so they stay at the top level. Top-level entries are
 * in file order, a section where it is first entered.
 */
@Singleton
public class SymbolOutline {
	/** The kind of a section's node; its name is the section's ({@code .text}, {@code .data}, …). */
	public static final String SECTION = SectionEntries.KIND;
	private static final Set<String> PLACED_KINDS = Set.of("code", "data", "label");

	@Inject
	private SymbolNavigator navigator;

	@Inject
	private FileStructures structures;

	public List<OutlineEntry> of(Resource resource) {
		FileStructure structure = structures.of(resource);
		List<OutlineEntry> roots = new ArrayList<>();
		Map<String, OutlineEntry> sections = new LinkedHashMap<>();
		Map<String, List<OutlineEntry>> enclosingChildren = new HashMap<>();
		for (Definition definition : structure.definitions()) {
			Optional<SymbolLocation> found = navigator.definitionLocation(definition.element());
			if (found.isEmpty()) {
				continue;
			}
			SymbolLocation symbol = found.get();
			List<OutlineEntry> children = new ArrayList<>();
			OutlineEntry entry = new OutlineEntry(symbol, children);
			if (!PLACED_KINDS.contains(symbol.kind())) {
				roots.add(entry);
				continue;
			}
			String section = structure.contextBefore(definition.lineIndex()).section();
			OutlineEntry sectionEntry = sections.computeIfAbsent(section, name -> {
				OutlineEntry created = new OutlineEntry(SectionEntries.locate(name, resource, structure, definition.lineIndex(), symbol), new ArrayList<>());
				roots.add(created);
				return created;
			});
			List<OutlineEntry> enclosing = enclosingChildren.get(section);
			if (Definition.isFileLocal(symbol.name()) && enclosing != null) {
				enclosing.add(entry);
			} else {
				sectionEntry.children().add(entry);
				if (symbol.kind().equals("code") || symbol.kind().equals("label")) {
					enclosingChildren.put(section, children);
				}
			}
		}
		roots.sort(Comparator.comparingInt(root -> root.symbol().offset()));
		return roots;
	}
}
