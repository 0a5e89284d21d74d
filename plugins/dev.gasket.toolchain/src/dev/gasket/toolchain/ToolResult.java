package dev.gasket.toolchain;

import java.nio.file.Path;
import java.util.List;

/**
 * The outcome of one run of a GNU tool that writes a file (an object from as, an executable from ld).
 *
 * @param output      where the tool was asked to write; the file exists only if {@code success}
 * @param success     whether the tool exited normally
 * @param diagnostics the errors and warnings it reported, in output order
 */
public record ToolResult(Path output, boolean success, List<ToolDiagnostic> diagnostics) {
	public ToolResult {
		diagnostics = List.copyOf(diagnostics);
	}
}
