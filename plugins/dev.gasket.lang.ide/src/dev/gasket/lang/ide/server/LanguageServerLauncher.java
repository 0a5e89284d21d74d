package dev.gasket.lang.ide.server;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.concurrent.ExecutionException;

import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.xtext.resource.IResourceServiceProvider;

import com.google.inject.Guice;

/**
 * Serves the Language Server Protocol for the GAS language on a pair of streams until the client closes them or
 * sends {@code exit}.
 */
public final class LanguageServerLauncher {

	private LanguageServerLauncher() {
	}

	/**
	 * @param languages the registry the language was registered in by its setup (for {@code gasket}: the global one)
	 */
	public static void serve(IResourceServiceProvider.Registry languages, InputStream in, OutputStream out)
			throws InterruptedException, ExecutionException {
		GasmLanguageServer server = create(languages);
		Launcher<LanguageClient> launcher = new Launcher.Builder<LanguageClient>()
				.setLocalService(server)
				.setRemoteInterface(LanguageClient.class)
				.setInput(in)
				.setOutput(out)
				.create();
		server.connect(launcher.getRemoteProxy());
		launcher.startListening().get();
	}

	/** A server not yet connected to a client, for callers that speak to it in-process (benchmarks). */
	public static GasmLanguageServer create(IResourceServiceProvider.Registry languages) {
		return Guice.createInjector(GasmServerModule.with(languages)).getInstance(GasmLanguageServer.class);
	}
}
