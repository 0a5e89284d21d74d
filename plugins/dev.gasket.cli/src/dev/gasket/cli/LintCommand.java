package dev.gasket.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.FileExtensionProvider;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Injector;

import dev.gasket.lang.settings.GasmSettingsProvider;
import dev.gasket.lang.validation.GasmIssueCodes;

/**
 * {@code gasket lint [--format text|json] [-I DIR]... [--severity info|warning|error] PATH...}: loads every source
 * into one resource set, so symbols resolve across files as in the editor, and prints each file's diagnostics.
 */
final class LintCommand {
	private enum Format {
		TEXT, JSON
	}

	private record Diagnostic(String file, Issue issue) {
		String code() {
			String code = issue.getCode();
			return code == null || GasmIssueCodes.isSyntax(code) ? GasmIssueCodes.SYNTAX : code;
		}

		String severity() {
			return issue.getSeverity().name().toLowerCase();
		}
	}

	private final PrintStream out;
	private final PrintStream err;
	private Format format = Format.TEXT;
	private Severity threshold = Severity.WARNING;
	private final List<Path> includeDirectories = new ArrayList<>();
	private final List<String> paths = new ArrayList<>();

	LintCommand(PrintStream out, PrintStream err) {
		this.out = out;
		this.err = err;
	}

	int run(List<String> arguments) {
		String problem = parseArguments(arguments);
		if (problem != null) {
			err.println("gasket lint: " + problem);
			err.println("usage: gasket lint [--format text|json] [-I DIR]... [--severity info|warning|error] PATH...");
			return GasketCli.USAGE_ERROR;
		}
		Injector injector = GasketCli.language();
		injector.getInstance(GasmSettingsProvider.class).setAdditionalIncludeDirectories(includeDirectories);
		List<String> extensions = List.copyOf(injector.getInstance(FileExtensionProvider.class).getFileExtensions());
		List<Path> files = new ArrayList<>();
		for (String name : paths) {
			Path path = Path.of(name);
			if (Files.isDirectory(path)) {
				try {
					files.addAll(SourceFiles.under(path, extensions));
				} catch (IOException e) {
					err.println("gasket lint: cannot list " + name + ": " + e.getMessage());
					return GasketCli.USAGE_ERROR;
				}
			} else if (!Files.isRegularFile(path)) {
				err.println("gasket lint: no such file or directory: " + name);
				return GasketCli.USAGE_ERROR;
			} else if (!SourceFiles.hasExtension(path, extensions)) {
				err.println("gasket lint: " + name + " is not a GAS source (expected one of ." + String.join(", .", extensions) + ")");
				return GasketCli.USAGE_ERROR;
			} else {
				files.add(path);
			}
		}
		List<List<Issue>> issues;
		try {
			issues = issuesOf(injector, files);
		} catch (IOException e) {
			err.println("gasket lint: " + e.getMessage());
			return GasketCli.USAGE_ERROR;
		}
		List<Diagnostic> diagnostics = new ArrayList<>();
		for (int i = 0; i < files.size(); i++) {
			for (Issue issue : issues.get(i)) {
				diagnostics.add(new Diagnostic(files.get(i).toString(), issue));
			}
		}
		return report(files.size(), diagnostics);
	}

	/**
	 * Loads all {@code files} into one resource set, so symbols resolve across them as in the editor, then validates
	 * each: the issues per file, in the order given.
	 */
	static List<List<Issue>> issuesOf(Injector injector, List<Path> files) throws IOException {
		XtextResourceSet resourceSet = injector.getInstance(XtextResourceSet.class);
		List<Resource> resources = new ArrayList<>();
		for (Path file : files) {
			Resource resource = resourceSet.createResource(URI.createFileURI(file.toAbsolutePath().normalize().toString()));
			try {
				resource.load(null);
			} catch (IOException e) {
				throw new IOException("cannot read " + file + ": " + e.getMessage(), e);
			}
			resources.add(resource);
		}
		IResourceValidator validator = injector.getInstance(IResourceValidator.class);
		List<List<Issue>> issues = new ArrayList<>();
		for (Resource resource : resources) {
			issues.add(validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl));
		}
		return issues;
	}

	private String parseArguments(List<String> arguments) {
		for (int i = 0; i < arguments.size(); i++) {
			String argument = arguments.get(i);
			boolean hasValue = i + 1 < arguments.size();
			switch (argument) {
				case "--format" -> {
					String value = hasValue ? arguments.get(++i) : "";
					if (!value.equals("text") && !value.equals("json")) {
						return "--format takes text or json";
					}
					format = Format.valueOf(value.toUpperCase());
				}
				case "--severity" -> {
					String value = hasValue ? arguments.get(++i) : "";
					switch (value) {
						case "info" -> threshold = Severity.INFO;
						case "warning" -> threshold = Severity.WARNING;
						case "error" -> threshold = Severity.ERROR;
						default -> {
							return "--severity takes info, warning or error";
						}
					}
				}
				case "-I" -> {
					if (!hasValue) {
						return "-I takes a directory";
					}
					includeDirectories.add(Path.of(arguments.get(++i)));
				}
				default -> {
					if (argument.startsWith("-I") && argument.length() > 2) {
						includeDirectories.add(Path.of(argument.substring(2)));
					} else if (argument.startsWith("-")) {
						return "unknown option " + argument;
					} else {
						paths.add(argument);
					}
				}
			}
		}
		return paths.isEmpty() ? "no files or folders given" : null;
	}

	private int report(int fileCount, List<Diagnostic> diagnostics) {
		List<Diagnostic> shown = diagnostics.stream().filter(diagnostic -> diagnostic.issue().getSeverity().ordinal() <= threshold.ordinal()).toList();
		long errors = diagnostics.stream().filter(diagnostic -> diagnostic.issue().getSeverity() == Severity.ERROR).count();
		long warnings = diagnostics.stream().filter(diagnostic -> diagnostic.issue().getSeverity() == Severity.WARNING).count();
		String summary = fileCount + (fileCount == 1 ? " file, " : " files, ") + errors + (errors == 1 ? " error, " : " errors, ")
				+ warnings + (warnings == 1 ? " warning" : " warnings");
		if (format == Format.JSON) {
			out.println("[");
			for (int i = 0; i < shown.size(); i++) {
				out.println("  " + json(shown.get(i)) + (i + 1 < shown.size() ? "," : ""));
			}
			out.println("]");
			err.println(summary);
		} else {
			for (Diagnostic diagnostic : shown) {
				Issue issue = diagnostic.issue();
				out.printf("%s:%d:%d: %s: %s [%s]%n", diagnostic.file(), issue.getLineNumber(), issue.getColumn(), diagnostic.severity(),
						issue.getMessage(), diagnostic.code());
			}
			out.println(summary);
		}
		return errors > 0 ? GasketCli.PROBLEMS : GasketCli.OK;
	}

	private static String json(Diagnostic diagnostic) {
		Issue issue = diagnostic.issue();
		return "{\"file\": " + quote(diagnostic.file()) + ", \"line\": " + issue.getLineNumber() + ", \"column\": " + issue.getColumn()
				+ ", \"severity\": " + quote(diagnostic.severity()) + ", \"code\": " + quote(diagnostic.code()) + ", \"message\": "
				+ quote(issue.getMessage()) + "}";
	}

	private static String quote(String text) {
		StringBuilder quoted = new StringBuilder("\"");
		for (char c : text.toCharArray()) {
			switch (c) {
				case '"' -> quoted.append("\\\"");
				case '\\' -> quoted.append("\\\\");
				case '\n' -> quoted.append("\\n");
				case '\r' -> quoted.append("\\r");
				case '\t' -> quoted.append("\\t");
				default -> {
					if (c < 0x20) {
						quoted.append(String.format("\\u%04x", (int) c));
					} else {
						quoted.append(c);
					}
				}
			}
		}
		return quoted.append('"').toString();
	}
}
