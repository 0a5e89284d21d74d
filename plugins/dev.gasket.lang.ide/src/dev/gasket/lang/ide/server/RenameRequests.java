package dev.gasket.lang.ide.server;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PrepareRenameDefaultBehavior;
import org.eclipse.lsp4j.PrepareRenameResult;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.Either3;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.xtext.findReferences.IReferenceFinder;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.UriExtensions;
import org.eclipse.xtext.resource.IResourceDescriptions;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;

import com.google.inject.Inject;


import dev.gasket.lang.ide.navigation.SymbolLocation;
import dev.gasket.lang.ide.navigation.SymbolNavigator;
import dev.gasket.lang.ide.navigation.SymbolRename;
import dev.gasket.lang.ide.text.LineOffsets;

/**
 * {@code textDocument/prepareRename} and {@code textDocument/rename}: the definition and every use in the workspace
 * get the new name, or the request fails with the reason (a numeric label, an invalid or clashing name).
 */
public class RenameRequests {
	@Inject
	private SymbolNavigator navigator;

	@Inject
	private SymbolRename rules;

	@Inject
	private WorkspaceReferences references;

	@Inject
	private UriExtensions uris;

	public Either3<Range, PrepareRenameResult, PrepareRenameDefaultBehavior> prepare(Document document, XtextResource resource, Position position) {
		int offset = Locations.offset(document, position);
		EObject symbol = renamable(resource, offset, position);
		SymbolLocation definition = navigator.definitionLocation(symbol).orElseThrow(() -> failure("nothing to rename here"));
		SymbolLocation site = navigator.references(symbol, List.of(resource)).stream()
				.filter(use -> use.offset() <= offset && offset <= use.offset() + use.length())
				.findFirst().orElse(definition);
		int nameOffset = rules.nameOffset(document.getContents(), site, definition.name());
		Range range = new Range(document.getPosition(nameOffset), document.getPosition(nameOffset + definition.name().length()));
		return Either3.forSecond(new PrepareRenameResult(range, definition.name()));
	}

	public WorkspaceEdit rename(Document document, XtextResource resource, Position position, String newName,
			IReferenceFinder.IResourceAccess access, IResourceDescriptions index, CancelIndicator cancelIndicator) {
		EObject symbol = renamable(resource, Locations.offset(document, position), position);
		SymbolLocation definition = navigator.definitionLocation(symbol).orElseThrow(() -> failure("nothing to rename here"));
		String oldName = definition.name();
		rules.invalidName(symbol, newName).ifPresent(problem -> {
			throw failure(problem);
		});
		if (newName.equals(oldName)) {
			return new WorkspaceEdit(Map.of());
		}
		Map<URI, List<SymbolLocation>> sitesByFile = new LinkedHashMap<>();
		for (SymbolLocation site : references.of(symbol, true, access, index, cancelIndicator)) {
			sitesByFile.computeIfAbsent(site.uri(), file -> new ArrayList<>()).add(site);
		}
		Map<String, List<TextEdit>> changes = new LinkedHashMap<>();
		for (Map.Entry<URI, List<SymbolLocation>> file : sitesByFile.entrySet()) {
			List<TextEdit> edits = access.readOnly(file.getKey(), resourceSet -> {
				XtextResource site = (XtextResource) resourceSet.getResource(file.getKey(), true);
				rules.clash(symbol, site, index, newName).ifPresent(problem -> {
					throw failure(problem);
				});
				String text = site.getParseResult().getRootNode().getText();
				LineOffsets lines = new LineOffsets(text);
				return file.getValue().stream().map(place -> {
					int nameOffset = rules.nameOffset(text, place, oldName);
					return new TextEdit(Locations.range(lines, nameOffset, oldName.length()), newName);
				}).toList();
			});
			changes.put(uris.toUriString(file.getKey()), edits);
		}
		return new WorkspaceEdit(changes);
	}

	private EObject renamable(XtextResource resource, int offset, Position position) {
		Optional<EObject> symbol = navigator.symbolAt(resource, offset);
		if (symbol.isEmpty()) {
			throw failure("no symbol at line " + (position.getLine() + 1) + ", column " + (position.getCharacter() + 1));
		}
		rules.refusal(symbol.get()).ifPresent(problem -> {
			throw failure(problem);
		});
		return symbol.get();
	}

	private static ResponseErrorException failure(String message) {
		return new ResponseErrorException(new ResponseError(ResponseErrorCode.RequestFailed, "cannot rename: " + message, null));
	}
}
