package dev.gasket.debug.engine;

import java.util.List;
import java.util.stream.Collectors;

import dev.gasket.toolchain.ToolDiagnostic;

/** The program did not build; the diagnostics say where and why. */
public final class BuildFailedException extends Exception {

	private static final long serialVersionUID = 1L;

	private final transient List<ToolDiagnostic> diagnostics;

	public BuildFailedException(List<ToolDiagnostic> diagnostics) {
		super("build failed:\n" + diagnostics.stream().map(BuildFailedException::format).collect(Collectors.joining("\n")));
		this.diagnostics = List.copyOf(diagnostics);
	}

	public List<ToolDiagnostic> diagnostics() {
		return diagnostics;
	}

	/** {@code file:line: error: message}, as GNU tools print it. */
	public static String format(ToolDiagnostic diagnostic) {
		String where = diagnostic.file().map(file -> file + (diagnostic.line().isPresent() ? ":" + diagnostic.line().getAsInt() : "") + ": ")
				.orElse("");
		return where + diagnostic.severity().name().toLowerCase() + ": " + diagnostic.message();
	}
}
