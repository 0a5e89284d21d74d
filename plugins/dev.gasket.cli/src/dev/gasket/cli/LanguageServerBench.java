package dev.gasket.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ReferenceContext;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceClientCapabilities;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.WorkspaceSymbolParams;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.xtext.resource.IResourceServiceProvider;

import dev.gasket.lang.ide.server.GasmLanguageServer;
import dev.gasket.lang.ide.server.LanguageServerLauncher;

/**
 * The language server's side of {@code gasket bench}, in-process without JSON: the time from {@code initialize} to the
 * first answer that needs the whole folder indexed, and the latency of definition and references once it is.
 */
final class LanguageServerBench {

	private LanguageServerBench() {
	}

	/** Milliseconds from {@code initialize} on {@code folder} until a workspace-symbol query answers. */
	static double initializeAndIndexMillis(Path folder) {
		GasmLanguageServer server = connectedServer();
		long start = System.nanoTime();
		initialize(server, folder);
		await(server.symbol(new WorkspaceSymbolParams("")));
		double millis = (System.nanoTime() - start) / 1e6;
		server.shutdown();
		return millis;
	}

	/** A server initialized on {@code folder}, ready for requests. */
	static GasmLanguageServer indexed(Path folder) {
		GasmLanguageServer server = connectedServer();
		initialize(server, folder);
		await(server.symbol(new WorkspaceSymbolParams("")));
		return server;
	}

	static long definitions(GasmLanguageServer server, Path file, Position position) {
		DefinitionParams params = new DefinitionParams(new TextDocumentIdentifier(file.toUri().toString()), position);
		return await(server.definition(params)).getLeft().size();
	}

	static long references(GasmLanguageServer server, Path file, Position position) {
		ReferenceParams params = new ReferenceParams(new TextDocumentIdentifier(file.toUri().toString()), position, new ReferenceContext(true));
		return await(server.references(params)).size();
	}

	private static GasmLanguageServer connectedServer() {
		GasketCli.language();
		GasmLanguageServer server = LanguageServerLauncher.create(IResourceServiceProvider.Registry.INSTANCE);
		server.connect(new SilentClient());
		return server;
	}

	private static void initialize(GasmLanguageServer server, Path folder) {
		InitializeParams params = new InitializeParams();
		WorkspaceClientCapabilities workspace = new WorkspaceClientCapabilities();
		workspace.setWorkspaceFolders(true);
		params.setCapabilities(new ClientCapabilities(workspace, null, null));
		params.setWorkspaceFolders(List.of(new WorkspaceFolder(folder.toUri().toString(), folder.getFileName().toString())));
		await(server.initialize(params));
		server.initialized(new InitializedParams());
	}

	static Position positionOf(Path file, String text) throws java.io.IOException {
		String contents = Files.readString(file);
		int offset = contents.indexOf(text);
		int line = (int) contents.substring(0, offset).chars().filter(c -> c == '\n').count();
		return new Position(line, offset - (contents.lastIndexOf('\n', offset - 1) + 1));
	}

	private static <T> T await(CompletableFuture<T> answer) {
		try {
			return answer.get();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted", e);
		} catch (ExecutionException e) {
			throw new IllegalStateException("the language server failed: " + e.getCause(), e.getCause());
		}
	}

	/** A client that ignores what the server tells it: the benchmark measures the server alone. */
	private static final class SilentClient implements LanguageClient {
		@Override
		public void telemetryEvent(Object object) {
		}

		@Override
		public void publishDiagnostics(PublishDiagnosticsParams diagnostics) {
		}

		@Override
		public void showMessage(MessageParams messageParams) {
		}

		@Override
		public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams requestParams) {
			return CompletableFuture.completedFuture(null);
		}

		@Override
		public void logMessage(MessageParams message) {
		}
	}
}
