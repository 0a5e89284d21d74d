package dev.gasket.debug.ui.launch;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.eclipse.debug.core.ILaunchConfiguration;

import dev.gasket.debug.launch.LaunchAttributes;

/**
 * What the launch dialog reports about a configuration: the first problem that would stop the launch, worded for
 * the user.
 */
public final class LaunchProblems {

	private LaunchProblems() {
	}

	public static Optional<String> of(ILaunchConfiguration config) {
		List<String> stored = StoredAttributes.list(config, LaunchAttributes.SOURCES);
		if (stored.isEmpty()) {
			return Optional.of("Add at least one source file to assemble");
		}
		List<Path> sources = stored.stream().map(LaunchPaths::toFile).toList();
		for (int i = 0; i < sources.size(); i++) {
			if (!Files.isRegularFile(sources.get(i))) {
				return Optional.of("Source file " + stored.get(i) + " does not exist");
			}
		}
		return unknownEntry(config, sources);
	}

	/** The entry must be a symbol the sources define (or a {@code --defsym}); the language model knows which. */
	private static Optional<String> unknownEntry(ILaunchConfiguration config, List<Path> sources) {
		String entry = StoredAttributes.string(config, LaunchAttributes.ENTRY, "").strip();
		if (entry.isEmpty() || definedBySymbolOption(config, entry)) {
			return Optional.empty();
		}
		ProgramSymbols symbols = SourceSymbols.of(sources);
		if (symbols.code(entry).isPresent()) {
			return Optional.empty();
		}
		if (symbols.defined().contains(entry)) {
			return Optional.of("Entry symbol '" + entry + "' is not code; choose one of " + names(symbols));
		}
		return Optional.of("Entry symbol '" + entry + "' is not defined in the sources"
				+ (symbols.code().isEmpty() ? "" : "; choose one of " + names(symbols)));
	}

	private static boolean definedBySymbolOption(ILaunchConfiguration config, String entry) {
		return StoredAttributes.list(config, LaunchAttributes.DEFSYMS).stream().anyMatch(defsym -> defsym.strip().startsWith(entry + "="));
	}

	private static String names(ProgramSymbols symbols) {
		List<String> names = symbols.code().stream().map(CodeSymbol::name).toList();
		int shown = Math.min(names.size(), 6);
		return String.join(", ", names.subList(0, shown)) + (names.size() > shown ? ", ..." : "");
	}
}
