package dev.gasket.toolchain.build;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import dev.gasket.toolchain.ToolDiagnostic;

/**
 * The outcome of {@link ProgramBuilder#build}.
 *
 * @param success     whether every step succeeded; warnings do not make a build fail
 * @param executable  the linked ELF file, present exactly when {@code success}
 * @param diagnostics the errors and warnings of all steps that ran, in the order the tools reported them
 */
public record BuildResult(boolean success, Optional<Path> executable, List<ToolDiagnostic> diagnostics) {

	public BuildResult {
		diagnostics = List.copyOf(diagnostics);
		if (success != executable.isPresent()) {
			throw new IllegalArgumentException("a build has an executable exactly when it succeeds");
		}
	}
}
