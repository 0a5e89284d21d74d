package dev.gasket.lang.ide.server;

import java.util.List;

import org.eclipse.lsp4j.CompletionOptions;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.RenameOptions;
import org.eclipse.lsp4j.SemanticTokensServerFull;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.xtext.ide.server.ICapabilitiesContributor;

/**
 * What the GAS server really answers: semantic-token deltas, renames with a prepare step, completion triggered by
 * {@code %}, {@code .} and {@code \}; and not the formatting, code lenses and signature help Xtext would announce.
 */
public class GasmCapabilities implements ICapabilitiesContributor {

	@Override
	public ServerCapabilities contribute(ServerCapabilities capabilities, InitializeParams params) {
		if (capabilities.getSemanticTokensProvider() != null) {
			capabilities.getSemanticTokensProvider().setFull(new SemanticTokensServerFull(true));
			capabilities.getSemanticTokensProvider().setRange(false);
		}
		RenameOptions rename = new RenameOptions();
		rename.setPrepareProvider(true);
		capabilities.setRenameProvider(Either.forRight(rename));
		CompletionOptions completion = new CompletionOptions(false, List.of("%", ".", "\\"));
		capabilities.setCompletionProvider(completion);
		capabilities.setFoldingRangeProvider(true);
		capabilities.setDocumentFormattingProvider(false);
		capabilities.setDocumentRangeFormattingProvider(false);
		capabilities.setCodeLensProvider(null);
		capabilities.setSignatureHelpProvider(null);
		return capabilities;
	}
}
