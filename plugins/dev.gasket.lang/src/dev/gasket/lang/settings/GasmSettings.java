package dev.gasket.lang.settings;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import dev.gasket.lang.symbols.LinkageMacroTable;

/**
 * The settings that apply to one file: where includes are searched, which unresolved names are known to come from
 * the linker or from headers outside the workspace, and the linkage macros beyond the built-in ones.
 *
 * @param includeDirectories searched, in order, for {@code #include} and {@code .include}
 * @param externalSymbolPatterns globs ({@code pa_*}) of names that are defined outside the sources
 * @param linkageMacros the linkage-macro table in effect
 * @param problems settings that could not be used, for the user to fix
 */
public record GasmSettings(List<Path> includeDirectories, List<String> externalSymbolPatterns, LinkageMacroTable linkageMacros,
		List<String> problems) {

	/** Names the linker script or the kernel's generated headers provide. */
	public static final List<String> DEFAULT_EXTERNAL_SYMBOLS = List.of("pa_*", "__*_start", "__*_end", "__start_*", "__stop_*",
			"_text", "_stext", "_etext", "_sdata", "_edata", "_end", "__bss_start", "_GLOBAL_OFFSET_TABLE_", "SYM_L_*", "SYM_A_*", "SYM_T_*");

	private static final Map<String, Pattern> GLOBS = new ConcurrentHashMap<>();

	public boolean isKnownExternal(String symbol) {
		return externalSymbolPatterns.stream().anyMatch(pattern -> GLOBS.computeIfAbsent(pattern, GasmSettings::globToRegex)
				.matcher(symbol).matches());
	}

	private static Pattern globToRegex(String glob) {
		StringBuilder regex = new StringBuilder();
		for (char c : glob.toCharArray()) {
			switch (c) {
				case '*' -> regex.append(".*");
				case '?' -> regex.append('.');
				default -> regex.append(Pattern.quote(String.valueOf(c)));
			}
		}
		return Pattern.compile(regex.toString());
	}
}
