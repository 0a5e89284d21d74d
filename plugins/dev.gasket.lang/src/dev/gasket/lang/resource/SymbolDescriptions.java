package dev.gasket.lang.resource;

import java.util.HashMap;
import java.util.Map;
import java.util.OptionalLong;

import org.eclipse.xtext.resource.IEObjectDescription;

import dev.gasket.lang.symbols.Definition;
import dev.gasket.lang.symbols.SymbolKind;

/**
 * The facts about a definition kept in the index with its name, so other files know a symbol's kind and size
 * without loading the file that defines it.
 */
public final class SymbolDescriptions {
	private static final String KIND = "kind";
	private static final String SIZE = "size";

	private SymbolDescriptions() {
	}

	public static Map<String, String> userData(Definition definition) {
		Map<String, String> data = new HashMap<>();
		data.put(KIND, definition.kind().name());
		definition.size().ifPresent(size -> data.put(SIZE, Long.toString(size)));
		return data;
	}

	public static SymbolKind kindOf(IEObjectDescription description) {
		String kind = description.getUserData(KIND);
		return kind == null ? SymbolKind.LABEL : SymbolKind.valueOf(kind);
	}

	public static OptionalLong sizeOf(IEObjectDescription description) {
		String size = description.getUserData(SIZE);
		return size == null ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(size));
	}
}
