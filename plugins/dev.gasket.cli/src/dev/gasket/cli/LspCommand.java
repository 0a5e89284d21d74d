package dev.gasket.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.ExecutionException;

import org.eclipse.xtext.resource.IResourceServiceProvider;

import dev.gasket.lang.ide.server.LanguageServerLauncher;

/**
 * {@code gasket lsp}: the Language Server Protocol over stdin/stdout. Standard output carries only the protocol, so
 * anything else printed in this process goes to standard error.
 */
final class LspCommand {
	private final InputStream in;
	private final PrintStream protocol;
	private final PrintStream err;

	LspCommand(InputStream in, PrintStream protocol, PrintStream err) {
		this.in = in;
		this.protocol = protocol;
		this.err = err;
	}

	int run(List<String> arguments) {
		for (String argument : arguments) {
			if (!argument.equals("--stdio")) {
				err.println("gasket lsp: unknown option " + argument + " (the server speaks LSP on stdin/stdout; --stdio is accepted)");
				return GasketCli.USAGE_ERROR;
			}
		}
		PrintStream standardOut = System.out;
		System.setOut(err);
		try {
			GasketCli.language();
			LanguageServerLauncher.serve(IResourceServiceProvider.Registry.INSTANCE, in, protocol);
			return GasketCli.OK;
		} catch (ExecutionException e) {
			err.println("gasket lsp: the connection failed: " + e.getCause());
			return GasketCli.PROBLEMS;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return GasketCli.PROBLEMS;
		} finally {
			System.setOut(standardOut);
		}
	}
}
