package dev.gasket.toolchain.build;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link ProgramBuilder} builds and how.
 *
 * @param sources            the assembler sources, {@code .S} (run through the C preprocessor) or {@code .s};
 *                           at least one
 * @param includeDirectories searched for {@code #include} and {@code .include} after the source's own directory
 * @param defines            preprocessor macros for the {@code .S} sources, {@code -D NAME=VALUE}; an empty value
 *                           gives {@code -D NAME}, which defines NAME as 1
 * @param defsyms            linker-provided symbols, {@code --defsym NAME=VALUE}; VALUE is an ld expression such as
 *                           {@code 0x1234}
 * @param linkerScript       the user's linker script; without one a generated script places the code at
 *                           {@code loadAddress}
 * @param loadAddress        where the generated script puts the first code byte; ignored with a user script
 * @param entry              the ELF entry point, a symbol or an address; without one the entry is the load address
 *                           (generated script) or whatever the user's script says
 * @param toolPrefix         a target prefix such as {@code x86_64-linux-gnu-}; when not empty it wins over the
 *                           prefix of the builder's {@code Binutils}
 */
public record BuildSettings(List<Path> sources, List<Path> includeDirectories, Map<String, String> defines,
		Map<String, String> defsyms, Optional<Path> linkerScript, long loadAddress, Optional<String> entry,
		String toolPrefix) {

	/** Where code starts without a user script: above the real-mode interrupt vector table and BIOS data area. */
	public static final long DEFAULT_LOAD_ADDRESS = 0x1000;

	public BuildSettings {
		sources = List.copyOf(sources);
		if (sources.isEmpty()) {
			throw new IllegalArgumentException("a build needs at least one source file");
		}
		includeDirectories = List.copyOf(includeDirectories);
		// Copied in the caller's order so the tool command lines are reproducible.
		defines = Collections.unmodifiableMap(new LinkedHashMap<>(defines));
		defsyms = Collections.unmodifiableMap(new LinkedHashMap<>(defsyms));
		Objects.requireNonNull(linkerScript, "linkerScript");
		Objects.requireNonNull(entry, "entry");
		Objects.requireNonNull(toolPrefix, "toolPrefix");
		requireNames(defines, "define");
		requireNames(defsyms, "defsym");
	}

	/** No include directories, defines or defsyms, the generated script at {@value #DEFAULT_LOAD_ADDRESS}, no prefix. */
	public static BuildSettings of(List<Path> sources) {
		return new BuildSettings(sources, List.of(), Map.of(), Map.of(), Optional.empty(), DEFAULT_LOAD_ADDRESS,
				Optional.empty(), "");
	}

	public BuildSettings withIncludeDirectories(List<Path> directories) {
		return new BuildSettings(sources, directories, defines, defsyms, linkerScript, loadAddress, entry, toolPrefix);
	}

	public BuildSettings withDefines(Map<String, String> macros) {
		return new BuildSettings(sources, includeDirectories, macros, defsyms, linkerScript, loadAddress, entry,
				toolPrefix);
	}

	public BuildSettings withDefsyms(Map<String, String> symbols) {
		return new BuildSettings(sources, includeDirectories, defines, symbols, linkerScript, loadAddress, entry,
				toolPrefix);
	}

	public BuildSettings withLinkerScript(Path script) {
		return new BuildSettings(sources, includeDirectories, defines, defsyms, Optional.of(script), loadAddress,
				entry, toolPrefix);
	}

	public BuildSettings withLoadAddress(long address) {
		return new BuildSettings(sources, includeDirectories, defines, defsyms, linkerScript, address, entry,
				toolPrefix);
	}

	public BuildSettings withEntry(String symbolOrAddress) {
		return new BuildSettings(sources, includeDirectories, defines, defsyms, linkerScript, loadAddress,
				Optional.of(symbolOrAddress), toolPrefix);
	}

	public BuildSettings withToolPrefix(String prefix) {
		return new BuildSettings(sources, includeDirectories, defines, defsyms, linkerScript, loadAddress, entry,
				prefix);
	}

	private static void requireNames(Map<String, String> definitions, String kind) {
		definitions.forEach((name, value) -> {
			if (name == null || name.isBlank() || name.contains("=") || value == null) {
				throw new IllegalArgumentException("invalid " + kind + " '" + name + "=" + value
						+ "': the name must be non-blank without '=', and the value non-null");
			}
		});
	}
}
