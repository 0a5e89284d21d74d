package dev.gasket.toolchain;

import java.nio.file.Path;
import java.util.List;

/**
 * The outcome of linking object files into one executable.
 *
 * @param executable  where the ELF executable was asked to be written; it exists only if {@code success}
 * @param success     whether the linker exited normally
 * @param diagnostics the errors and warnings it reported, in output order
 */
public record LinkResult(Path executable, boolean success, List<ToolDiagnostic> diagnostics) {

	public LinkResult {
		diagnostics = List.copyOf(diagnostics);
	}
}
