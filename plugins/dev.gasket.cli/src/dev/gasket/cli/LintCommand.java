package dev.gasket.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.FileExtensionProvider;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Injector;

import dev.gasket.lang.GasmStandaloneSetup;

/**
 * {@code gasket lint FILE...}: the language's diagnostics, one {@code file:line:col: severity: message} per line.
 */
final class LintCommand {
	private final PrintStream out;
	private final PrintStream err;

	LintCommand(PrintStream out, PrintStream err) {
		this.out = out;
		this.err = err;
	}

	int run(List<String> files) {
		if (files.isEmpty()) {
			err.println("gasket lint: no files given (usage: gasket lint FILE...)");
			return GasketCli.USAGE_ERROR;
		}
		Injector injector = new GasmStandaloneSetup().createInjectorAndDoEMFRegistration();
		List<String> extensions = List.copyOf(injector.getInstance(FileExtensionProvider.class).getFileExtensions());
		XtextResourceSet resourceSet = injector.getInstance(XtextResourceSet.class);
		IResourceValidator validator = injector.getInstance(IResourceValidator.class);
		int status = GasketCli.OK;
		for (String name : files) {
			Path file = Path.of(name);
			if (!Files.isRegularFile(file)) {
				err.println("gasket lint: no such file: " + name);
				return GasketCli.USAGE_ERROR;
			}
			URI uri = URI.createFileURI(file.toAbsolutePath().toString());
			if (!extensions.contains(uri.fileExtension())) {
				err.println("gasket lint: " + name + " is not a GAS source (expected one of ." + String.join(", .", extensions) + ")");
				return GasketCli.USAGE_ERROR;
			}
			Resource resource = resourceSet.getResource(uri, false);
			if (resource == null) {
				resource = resourceSet.createResource(uri);
			}
			try {
				resource.load(null);
			} catch (IOException e) {
				err.println("gasket lint: cannot read " + name + ": " + e.getMessage());
				return GasketCli.USAGE_ERROR;
			}
			for (Issue issue : validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl)) {
				out.printf("%s:%d:%d: %s: %s%n", name, issue.getLineNumber(), issue.getColumn(),
						issue.getSeverity().name().toLowerCase(), issue.getMessage());
				status = GasketCli.PROBLEMS;
			}
		}
		return status;
	}
}
