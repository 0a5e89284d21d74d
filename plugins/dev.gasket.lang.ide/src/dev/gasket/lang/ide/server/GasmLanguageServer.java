package dev.gasket.lang.ide.server;

import java.util.concurrent.CompletableFuture;

import org.eclipse.emf.common.util.URI;
import org.eclipse.lsp4j.PrepareRenameDefaultBehavior;
import org.eclipse.lsp4j.PrepareRenameParams;
import org.eclipse.lsp4j.PrepareRenameResult;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.RenameParams;
import org.eclipse.lsp4j.SemanticTokens;
import org.eclipse.lsp4j.SemanticTokensDelta;
import org.eclipse.lsp4j.SemanticTokensDeltaParams;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.jsonrpc.messages.Either3;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolService;
import org.eclipse.xtext.ide.server.symbol.IDocumentSymbolService;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.eclipse.xtext.util.CancelIndicator;

import com.google.inject.Inject;

/**
 * Xtext's language server with what it lacks for GAS: semantic-token deltas, renames computed from the same
 * references as {@code gasket nav refs}, and one outline for clients with and without hierarchical symbols.
 */
public class GasmLanguageServer extends LanguageServerImpl {
	@Inject
	private GasmSemanticTokensService semanticTokens;

	@Override
	public CompletableFuture<Either<SemanticTokens, SemanticTokensDelta>> semanticTokensFullDelta(SemanticTokensDeltaParams params) {
		return getRequestManager().runRead(cancelIndicator -> {
			URI uri = getURI(params.getTextDocument());
			return getWorkspaceManager().doRead(uri, (document, resource) -> semanticTokens.semanticTokensDelta(document, resource,
					params.getTextDocument().getUri(), params.getPreviousResultId(), cancelIndicator));
		});
	}

	@Override
	protected Either3<Range, PrepareRenameResult, PrepareRenameDefaultBehavior> prepareRename(PrepareRenameParams params,
			CancelIndicator cancelIndicator) {
		URI uri = getURI(params.getTextDocument());
		RenameRequests renames = getService(uri, RenameRequests.class);
		return getWorkspaceManager().doRead(uri, (document, resource) -> renames.prepare(document, resource, params.getPosition()));
	}

	@Override
	protected WorkspaceEdit rename(RenameParams params, CancelIndicator cancelIndicator) {
		URI uri = getURI(params.getTextDocument());
		RenameRequests renames = getService(uri, RenameRequests.class);
		return getWorkspaceManager().doRead(uri, (document, resource) -> renames.rename(document, resource, params.getPosition(),
				params.getNewName(), getWorkspaceResourceAccess(), getWorkspaceManager().getIndex(), cancelIndicator));
	}

	@Override
	protected IDocumentSymbolService getIDocumentSymbolService(IResourceServiceProvider languageServices) {
		return languageServices.get(DocumentSymbolService.class);
	}
}
