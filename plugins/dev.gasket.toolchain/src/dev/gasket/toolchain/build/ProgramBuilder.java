package dev.gasket.toolchain.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

import dev.gasket.toolchain.Binutils;
import dev.gasket.toolchain.GnuTool;
import dev.gasket.toolchain.ToolDiagnostic;
import dev.gasket.toolchain.ToolDiagnostic.Severity;
import dev.gasket.toolchain.ToolProcess;
import dev.gasket.toolchain.ToolResult;
import dev.gasket.toolchain.ToolchainException;

/**
 * Builds a program for the emulator: assembles each {@code .S}/{@code .s} source into an object and links
 * the objects into one static x86-64 ELF executable.
 * <p>
 * Every source is assembled even when an earlier one fails, so one build reports the errors of all of them;
 * the link runs only if all succeeded. All files are written to the work directory: one object per source
 * (named after it), the generated linker script {@code <first source>.generated.ld} unless the settings name
 * a script, and the executable {@code <first source>.elf}.
 */
public final class ProgramBuilder {

	private final Binutils binutils;

	/**
	 * @param binutils where to find gcc, as and ld; a non-empty {@link BuildSettings#toolPrefix()} wins over its
	 *                 prefix (the tools are then looked up with that prefix in the same directories)
	 */
	public ProgramBuilder(Binutils binutils) {
		this.binutils = binutils;
	}

	/**
	 * @throws ToolchainException only if a tool is missing or cannot be run, before any step runs when it is
	 *                            missing; errors in the sources, the includes or the link come back as
	 *                            diagnostics of an unsuccessful result
	 */
	public BuildResult build(BuildSettings settings, Path workDirectory) throws ToolchainException {
		Binutils tools = settings.toolPrefix().isEmpty() ? binutils : binutils.withPrefix(settings.toolPrefix());
		List<ToolDiagnostic> diagnostics = new ArrayList<>();
		List<Path> sources = settings.sources().stream().map(Path::toAbsolutePath).toList();
		List<SourceKind> kinds = new ArrayList<>();
		for (Path source : sources) {
			SourceKind.of(source).ifPresentOrElse(kinds::add, () -> diagnostics.add(
					error(source, "not an assembler source: expected a .S or .s file")));
		}
		if (!diagnostics.isEmpty()) {
			return failed(diagnostics);
		}
		Map<SourceKind, Path> assemblers = new EnumMap<>(SourceKind.class);
		for (SourceKind kind : kinds) {
			assemblers.put(kind, tools.locate(kind.tool()));
		}
		Path ld = tools.locate(GnuTool.LD);
		Path directory = workDirectory.toAbsolutePath();
		try {
			Files.createDirectories(directory);
		} catch (IOException e) {
			return failed(List.of(error(directory, "cannot create the work directory: " + e)));
		}

		List<Path> objects = new ArrayList<>();
		Set<String> objectNames = new HashSet<>();
		boolean assembled = true;
		for (int i = 0; i < sources.size(); i++) {
			Path source = sources.get(i);
			Path object = directory.resolve(uniqueName(stem(source), ".o", objectNames));
			ToolResult result = ToolProcess.run(kinds.get(i).command(assemblers.get(kinds.get(i)), source, object,
					includeDirectories(source, settings), settings.defines()), object);
			diagnostics.addAll(result.diagnostics());
			assembled &= result.success();
			objects.add(object);
		}
		if (!assembled) {
			return failed(diagnostics);
		}

		String programName = stem(sources.get(0));
		Path script = settings.linkerScript().map(Path::toAbsolutePath)
				.orElse(directory.resolve(programName + ".generated.ld"));
		if (settings.linkerScript().isEmpty()) {
			try {
				Files.writeString(script, GeneratedLinkerScript.forLoadAddress(settings.loadAddress()));
			} catch (IOException e) {
				diagnostics.add(error(script, "cannot write the generated linker script: " + e));
				return failed(diagnostics);
			}
		}
		Path executable = directory.resolve(programName + ".elf");
		ToolResult link = ToolProcess.run(LinkCommand.of(ld, settings, script, settings.linkerScript().isEmpty(),
				objects, executable), executable);
		diagnostics.addAll(link.diagnostics());
		return link.success() ? new BuildResult(true, Optional.of(executable), diagnostics) : failed(diagnostics);
	}

	/** The source's own directory first, so its neighbours are found before same-named files elsewhere. */
	private static List<Path> includeDirectories(Path source, BuildSettings settings) {
		List<Path> directories = new ArrayList<>();
		directories.add(source.getParent());
		settings.includeDirectories().forEach(directory -> directories.add(directory.toAbsolutePath()));
		return directories;
	}

	private static BuildResult failed(List<ToolDiagnostic> diagnostics) {
		return new BuildResult(false, Optional.empty(), diagnostics);
	}

	private static ToolDiagnostic error(Path file, String message) {
		return new ToolDiagnostic(Optional.of(file.toString()), OptionalInt.empty(), Severity.ERROR, message);
	}

	private static String stem(Path source) {
		String name = source.getFileName().toString();
		int dot = name.lastIndexOf('.');
		return dot > 0 ? name.substring(0, dot) : name;
	}

	/** {@code stem + extension}, or with {@code -2}, {@code -3}... if sources in different directories share a stem. */
	private static String uniqueName(String stem, String extension, Set<String> taken) {
		String name = stem + extension;
		for (int suffix = 2; !taken.add(name); suffix++) {
			name = stem + "-" + suffix + extension;
		}
		return name;
	}
}
