package dev.gasket.lang.ui.assembler;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ProjectScope;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.osgi.service.prefs.BackingStoreException;

import dev.gasket.lang.settings.GasmSettingsProvider;
import dev.gasket.toolchain.Binutils;
import dev.gasket.toolchain.GnuTool;
import dev.gasket.toolchain.ToolchainException;
import dev.gasket.toolchain.build.BuildSettings;

/**
 * A project's settings for assembling its sources with GNU as, kept in its project preferences (so in
 * {@code .settings/} beside the sources, versioned with them). The include path is the language's own
 * {@code includePath} of {@code dev.gasket.lang.prefs}, so the editor and the assembler search the same directories;
 * the rest lives in {@code dev.gasket.toolchain.prefs}.
 *
 * @param includePath     directories searched for includes, relative to the project or absolute, in search order
 * @param defines         preprocessor macros, each {@code NAME} or {@code NAME=VALUE}
 * @param toolPrefix      a target prefix such as {@code x86_64-linux-gnu-}, or empty for the host's tools
 * @param assembleOnBuild whether the project's builder assembles changed sources and reports what the tools say
 */
public record AssemblerSettings(List<String> includePath, List<String> defines, String toolPrefix, boolean assembleOnBuild) {
	public static final String QUALIFIER = "dev.gasket.toolchain";
	public static final String DEFINES = "defines";
	public static final String TOOL_PREFIX = "toolPrefix";
	/** Absent means "on exactly when as is found on PATH". */
	public static final String ASSEMBLE_ON_BUILD = "assembleOnBuild";

	private static final String LANGUAGE_QUALIFIER = "dev.gasket.lang";
	/** A macro name, optionally with a parameter list, then optionally {@code =VALUE}. */
	private static final Pattern DEFINE = Pattern.compile("[A-Za-z_]\\w*(\\([\\w\\s,.]*\\))?(=.*)?");

	public AssemblerSettings {
		includePath = List.copyOf(includePath);
		defines = List.copyOf(defines);
	}

	public static AssemblerSettings of(IProject project) {
		ProjectScope scope = new ProjectScope(project);
		IEclipsePreferences own = scope.getNode(QUALIFIER);
		String prefix = own.get(TOOL_PREFIX, "").strip();
		String onBuild = own.get(ASSEMBLE_ON_BUILD, null);
		return new AssemblerSettings(entries(scope.getNode(LANGUAGE_QUALIFIER).get(GasmSettingsProvider.INCLUDE_PATH, ""), "[:,]"),
				entries(own.get(DEFINES, ""), "\n"), prefix, onBuild == null ? asOnPath(prefix) : Boolean.parseBoolean(onBuild));
	}

	/** Writes the settings, leaving out what is at its default, and flushes them to {@code .settings/}. */
	public void saveTo(IProject project) throws BackingStoreException {
		ProjectScope scope = new ProjectScope(project);
		IEclipsePreferences language = scope.getNode(LANGUAGE_QUALIFIER);
		putOrRemove(language, GasmSettingsProvider.INCLUDE_PATH, String.join(":", includePath));
		IEclipsePreferences own = scope.getNode(QUALIFIER);
		putOrRemove(own, DEFINES, String.join("\n", defines));
		putOrRemove(own, TOOL_PREFIX, toolPrefix);
		putOrRemove(own, ASSEMBLE_ON_BUILD, assembleOnBuild == asOnPath(toolPrefix) ? "" : Boolean.toString(assembleOnBuild));
		language.flush();
		own.flush();
	}

	/** Whether GNU as (with {@code prefix}) is on PATH: the default of {@link #assembleOnBuild()}. */
	public static boolean asOnPath(String prefix) {
		try {
			Binutils.fromPath(prefix).locate(GnuTool.AS);
			return true;
		} catch (ToolchainException e) {
			return false;
		}
	}

	/** What is wrong with the settings, for the user to fix; empty when they can be used. */
	public List<String> problems() {
		List<String> problems = new ArrayList<>();
		for (String directory : includePath) {
			if (directory.contains(":") || directory.contains(",")) {
				problems.add("the include path '" + directory + "' contains ':' or ',', which separate the entries where it is stored");
			}
		}
		for (String define : defines) {
			if (!DEFINE.matcher(define).matches()) {
				problems.add("'" + define + "' is no define: write NAME or NAME=VALUE, NAME a C identifier");
			}
		}
		if (toolPrefix.chars().anyMatch(Character::isWhitespace) || toolPrefix.contains("/")) {
			problems.add("the tool prefix '" + toolPrefix + "' must be a program name prefix such as x86_64-linux-gnu-, without blanks or /");
		}
		return problems;
	}

	/** What {@link dev.gasket.toolchain.build.ProgramBuilder#assemble} needs to assemble {@code source} of the project in {@code projectFolder}. */
	public BuildSettings buildSettings(Path source, Path projectFolder) {
		Map<String, String> macros = new LinkedHashMap<>();
		for (String define : defines) {
			int equals = define.indexOf('=');
			macros.put(equals < 0 ? define : define.substring(0, equals), equals < 0 ? "" : define.substring(equals + 1));
		}
		return BuildSettings.of(List.of(source)).withIncludeDirectories(includePath.stream().map(entry -> projectFolder.resolve(entry).normalize()).toList())
				.withDefines(macros).withToolPrefix(toolPrefix);
	}

	private static List<String> entries(String joined, String separator) {
		return Arrays.stream(joined.split(separator)).map(String::strip).filter(entry -> !entry.isEmpty()).toList();
	}

	private static void putOrRemove(IEclipsePreferences node, String key, String value) {
		if (value.isEmpty()) {
			node.remove(key);
		} else {
			node.put(key, value);
		}
	}
}
