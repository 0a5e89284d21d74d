package dev.gasket.toolchain;

import java.nio.file.Path;
import java.util.List;

/**
 * The outcome of assembling one source file.
 *
 * @param objectFile  where the object file was asked to be written; it exists only if {@code success}
 * @param success     whether the assembler exited normally
 * @param diagnostics the errors and warnings it reported, in output order
 */
public record AssemblyResult(Path objectFile, boolean success, List<ToolDiagnostic> diagnostics) {

	public AssemblyResult {
		diagnostics = List.copyOf(diagnostics);
	}
}
