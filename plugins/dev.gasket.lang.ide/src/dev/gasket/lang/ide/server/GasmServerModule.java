package dev.gasket.lang.ide.server;

import org.eclipse.lsp4j.services.LanguageServer;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.ide.server.ServerModule;
import org.eclipse.xtext.ide.server.semantictokens.SemanticTokensService;
import org.eclipse.xtext.resource.IResourceServiceProvider;

import com.google.inject.AbstractModule;
import com.google.inject.Module;
import com.google.inject.util.Modules;

/**
 * Xtext's language-server wiring with Gasket's server and the language registered by the caller: Xtext's own module
 * would look the language up through {@code ServiceLoader} and create a second injector for it.
 */
final class GasmServerModule extends AbstractModule {
	private final IResourceServiceProvider.Registry languages;

	private GasmServerModule(IResourceServiceProvider.Registry languages) {
		this.languages = languages;
	}

	static Module with(IResourceServiceProvider.Registry languages) {
		return Modules.override(new ServerModule()).with(new GasmServerModule(languages));
	}

	@Override
	protected void configure() {
		bind(IResourceServiceProvider.Registry.class).toInstance(languages);
		bind(LanguageServer.class).to(GasmLanguageServer.class);
		bind(LanguageServerImpl.class).to(GasmLanguageServer.class);
		bind(SemanticTokensService.class).to(GasmSemanticTokensService.class);
	}
}
