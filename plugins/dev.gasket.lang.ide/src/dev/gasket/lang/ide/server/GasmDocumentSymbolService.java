package dev.gasket.lang.ide.server;

import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.SymbolKind;
import org.eclipse.lsp4j.WorkspaceSymbol;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.xtext.findReferences.IReferenceFinder;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolService;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.IResourceDescriptions;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;

import com.google.inject.Inject;
import com.google.inject.Singleton;

import dev.gasket.lang.ide.navigation.OutlineEntry;
import dev.gasket.lang.ide.navigation.SymbolLocation;
import dev.gasket.lang.ide.navigation.SymbolNavigator;
import dev.gasket.lang.ide.navigation.SymbolOutline;

/**
 * Definitions, references, the outline and workspace symbols from the same navigator as {@code gasket nav}, so the
 * language server gives the command line's answers: {@code tr_cr4} is defined where {@code SYM_DATA(tr_cr4, …)} names
 * it, not at the start of the macro call.
 */
@Singleton
public class GasmDocumentSymbolService extends DocumentSymbolService {
	@Inject
	private SymbolNavigator navigator;

	@Inject
	private WorkspaceReferences references;

	@Inject
	private SymbolOutline outline;

	@Override
	public List<? extends Location> getDefinitions(Document document, XtextResource resource, DefinitionParams params,
			IReferenceFinder.IResourceAccess resourceAccess, CancelIndicator cancelIndicator) {
		return navigator.definitions(resource, Locations.offset(document, params.getPosition())).stream().map(Locations::location).toList();
	}

	@Override
	public List<? extends Location> getReferences(Document document, XtextResource resource, ReferenceParams params,
			IReferenceFinder.IResourceAccess resourceAccess, IResourceDescriptions index, CancelIndicator cancelIndicator) {
		Optional<EObject> symbol = navigator.symbolAt(resource, Locations.offset(document, params.getPosition()));
		boolean withDefinition = params.getContext() == null || params.getContext().isIncludeDeclaration();
		return symbol.map(found -> references.of(found, withDefinition, resourceAccess, index, cancelIndicator).stream()
				.map(Locations::location).toList()).orElse(List.of());
	}

	/** The outline: sections with their symbols, file-local labels nested under the global symbol before them. */
	@Override
	public List<DocumentSymbol> getSymbols(Document document, XtextResource resource, DocumentSymbolParams params, CancelIndicator cancelIndicator) {
		return outline.of(resource).stream().map(GasmDocumentSymbolService::documentSymbol).toList();
	}

	private static DocumentSymbol documentSymbol(OutlineEntry entry) {
		SymbolLocation symbol = entry.symbol();
		DocumentSymbol documentSymbol = new DocumentSymbol(symbol.name(), kind(symbol.kind()), span(entry), Locations.range(symbol), detail(symbol));
		if (!entry.children().isEmpty()) {
			documentSymbol.setChildren(entry.children().stream().map(GasmDocumentSymbolService::documentSymbol).toList());
		}
		return documentSymbol;
	}

	/** From the entry's name to the end of its last nested name: a client expects a parent's range to hold its children's. */
	private static Range span(OutlineEntry entry) {
		Range range = Locations.range(entry.symbol());
		for (OutlineEntry child : entry.children()) {
			Range inner = span(child);
			if (before(inner.getStart(), range.getStart())) {
				range.setStart(inner.getStart());
			}
			if (before(range.getEnd(), inner.getEnd())) {
				range.setEnd(inner.getEnd());
			}
		}
		return range;
	}

	private static boolean before(Position one, Position other) {
		return one.getLine() < other.getLine() || one.getLine() == other.getLine() && one.getCharacter() < other.getCharacter();
	}

	@Override
	protected void createSymbol(IEObjectDescription description, IReferenceFinder.IResourceAccess resourceAccess,
			org.eclipse.xtext.xbase.lib.Procedures.Procedure1<? super WorkspaceSymbol> acceptor) {
		resourceAccess.readOnly(description.getEObjectURI(), resourceSet -> {
			EObject element = resourceSet.getEObject(description.getEObjectURI(), true);
			if (element != null) {
				navigator.definitionLocation(element).ifPresent(location -> acceptor.apply(new WorkspaceSymbol(location.name(),
						kind(location.kind()), Either.forLeft(Locations.location(location)))));
			}
			return null;
		});
	}

	private static String detail(SymbolLocation entry) {
		return entry.kind() + (entry.size().isPresent() ? ", " + entry.size().getAsLong() + " bytes" : "");
	}

	static SymbolKind kind(String navigatorKind) {
		return switch (navigatorKind) {
			case "code" -> SymbolKind.Function;
			case "data", "common" -> SymbolKind.Variable;
			case "constant" -> SymbolKind.Constant;
			case "macro", "cpp-macro" -> SymbolKind.Module;
			case "macro-parameter" -> SymbolKind.TypeParameter;
			case "file" -> SymbolKind.File;
			case SymbolOutline.SECTION -> SymbolKind.Namespace;
			default -> SymbolKind.Field;
		};
	}
}
