package dev.gasket.debug.ui.breakpoints;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.text.IDocument;
import org.eclipse.xtext.util.CancelIndicator;

import dev.gasket.lang.ide.navigation.SymbolLocation;
import dev.gasket.lang.ide.navigation.SymbolNavigator;
import dev.gasket.lang.ui.model.GasmDocumentModel;

/** The data symbol named at a place in an assembly document, found through the parsed model as Go to Definition finds it. */
public final class WatchTargets {
	/** Kinds (as {@link SymbolLocation#kind()} names them) whose bytes a watchpoint can watch. */
	private static final Set<String> DATA_KINDS = Set.of("data", "common");

	private WatchTargets() {
	}

	/**
	 * The data symbol named at {@code offset} of {@code document}, with its defining file and line.
	 *
	 * @throws BreakpointRefusal when no symbol is named there, it is not data, or it is defined outside the workspace
	 */
	public static WatchedSymbol at(IDocument document, int offset) throws BreakpointRefusal {
		SymbolNavigator navigator = GasmDocumentModel.language().getInstance(SymbolNavigator.class);
		List<SymbolLocation> definitions = GasmDocumentModel.of(document)
				.readCurrent(resource -> navigator.definitions(resource, offset), CancelIndicator.NullImpl).orElse(List.of());
		Optional<SymbolLocation> definition = definitions.stream().filter(location -> !location.name().isEmpty()).findFirst();
		if (definition.isEmpty()) {
			throw new BreakpointRefusal("No watchpoint: there is no symbol with a definition at the caret");
		}
		SymbolLocation symbol = definition.get();
		if (!DATA_KINDS.contains(symbol.kind())) {
			throw new BreakpointRefusal("No watchpoint on " + symbol.name() + ": it is " + describe(symbol.kind())
					+ ", not data; a watchpoint watches the bytes of a data symbol");
		}
		if (!symbol.uri().isFile()) {
			throw new BreakpointRefusal("No watchpoint on " + symbol.name() + ": it is not defined in a file");
		}
		Path file = Path.of(symbol.uri().toFileString());
		IFile[] inWorkspace = ResourcesPlugin.getWorkspace().getRoot().findFilesForLocationURI(file.toUri());
		if (inWorkspace.length == 0) {
			throw new BreakpointRefusal("No watchpoint on " + symbol.name() + ": it is defined in " + file + ", outside the workspace");
		}
		return new WatchedSymbol(symbol.name(), inWorkspace[0], symbol.line());
	}

	private static String describe(String kind) {
		return switch (kind) {
			case "code" -> "code";
			case "label" -> "a label";
			case "constant" -> "a constant";
			case "macro", "cpp-macro" -> "a macro";
			case "macro-parameter" -> "a macro parameter";
			case "file" -> "a file";
			default -> "a " + kind;
		};
	}
}
