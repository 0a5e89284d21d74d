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
 * Builds a program for the emulator: assembles each {@code .S}/{@code .sx}/{@code .s} source into an object and links
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
		Binutils tools = tools(settings);
		List<ToolDiagnostic> diagnostics = new ArrayList<>();
		List<Path> sources = settings.sources().stream().map(Path::toAbsolutePath).toList();
		for (Path source : sources) {
			if (SourceKind.of(source).isEmpty()) {
				diagnostics.add(notASource(source));
			}
		}
		if (!diagnostics.isEmpty()) {
			return failed(diagnostics);
		}
		Map<SourceKind, Path> assemblers = assemblers(sources, tools);
		Path ld = tools.locate(GnuTool.LD);
		Path directory = workDirectory.toAbsolutePath();
		try {
			Files.createDirectories(directory);
		} catch (IOException e) {
			return failed(List.of(error(directory, "cannot create the work directory: " + e)));
		}

		List<Path> objects = new ArrayList<>();
		boolean assembled = true;
		for (ToolResult result : assembleEach(sources, settings, assemblers, directory)) {
			diagnostics.addAll(result.diagnostics());
			assembled &= result.success();
			objects.add(result.output());
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

	/**
	 * Assembles each source into an object in {@code workDirectory} as {@link #build} does, without linking: what a
	 * check of the sources needs. A file that is no assembler source gives an unsuccessful result saying so.
	 *
	 * @return one result per source, in the order of {@link BuildSettings#sources()}
	 * @throws ToolchainException if a tool the sources need is missing or cannot be run, or the work directory
	 *                            cannot be created
	 */
	public List<ToolResult> assemble(BuildSettings settings, Path workDirectory) throws ToolchainException {
		List<Path> sources = settings.sources().stream().map(Path::toAbsolutePath).toList();
		Map<SourceKind, Path> assemblers = assemblers(sources, tools(settings));
		Path directory = workDirectory.toAbsolutePath();
		try {
			Files.createDirectories(directory);
		} catch (IOException e) {
			throw new ToolchainException("cannot create the work directory " + directory + ": " + e.getMessage(), e);
		}
		return assembleEach(sources, settings, assemblers, directory);
	}

	private Binutils tools(BuildSettings settings) {
		return settings.toolPrefix().isEmpty() ? binutils : binutils.withPrefix(settings.toolPrefix());
	}

	/** The located gcc and/or as, for the kinds of sources there are; located before any runs so a missing one stops all. */
	private static Map<SourceKind, Path> assemblers(List<Path> sources, Binutils tools) throws ToolchainException {
		Map<SourceKind, Path> assemblers = new EnumMap<>(SourceKind.class);
		for (Path source : sources) {
			Optional<SourceKind> kind = SourceKind.of(source);
			if (kind.isPresent() && !assemblers.containsKey(kind.get())) {
				assemblers.put(kind.get(), tools.locate(kind.get().tool()));
			}
		}
		return assemblers;
	}

	private static List<ToolResult> assembleEach(List<Path> sources, BuildSettings settings, Map<SourceKind, Path> assemblers,
			Path directory) throws ToolchainException {
		List<ToolResult> results = new ArrayList<>();
		Set<String> objectNames = new HashSet<>();
		for (Path source : sources) {
			Path object = directory.resolve(uniqueName(stem(source), ".o", objectNames));
			Optional<SourceKind> kind = SourceKind.of(source);
			if (kind.isEmpty()) {
				results.add(new ToolResult(object, false, List.of(notASource(source))));
				continue;
			}
			results.add(ToolProcess.run(kind.get().command(assemblers.get(kind.get()), source, object,
					includeDirectories(source, settings), settings.defines()), object));
		}
		return results;
	}

	private static ToolDiagnostic notASource(Path source) {
		return error(source, "not an assembler source: expected a .S, .sx or .s file");
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
