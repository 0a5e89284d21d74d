package dev.gasket.debug.launch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.DebugException;
import org.eclipse.debug.core.ILaunchConfiguration;

import dev.gasket.debug.engine.SessionSettings;
import dev.gasket.debug.engine.StartState;
import dev.gasket.debug.model.GasketDebugModel;
import dev.gasket.toolchain.Binutils;
import dev.gasket.toolchain.GnuTool;
import dev.gasket.toolchain.ToolchainException;
import dev.gasket.toolchain.build.BuildSettings;
import dev.gasket.x86.cpu.CpuModel;

/**
 * A "Gasket x86 Emulator" launch configuration read into what the engine needs, with the checks the launch tabs
 * show as messages ({@link #problem}).
 *
 * @param session          what to build and how to start it
 * @param stopAtEntry      suspend before the first instruction
 * @param stopOnModeChange suspend whenever the CPU mode changes
 */
public record LaunchSettings(SessionSettings session, boolean stopAtEntry, boolean stopOnModeChange) {

	public static final int DEFAULT_MEMORY_MIB = 16;
	public static final int MAX_MEMORY_MIB = 4096;

	/** The first source's file name, e.g. {@code trampoline_64.S}, for labels. */
	public String programName() {
		return session.build().sources().get(0).getFileName().toString();
	}

	/** @throws CoreException whose message says what is wrong: a missing file, a malformed value, a missing tool */
	public static LaunchSettings read(ILaunchConfiguration configuration) throws CoreException {
		try {
			return parse(configuration);
		} catch (IllegalArgumentException | ToolchainException e) {
			throw new DebugException(GasketDebugModel.status(DebugException.CONFIGURATION_INVALID, e.getMessage()));
		}
	}

	/** What keeps the configuration from launching, for the launch dialog; empty when it can launch. */
	public static Optional<String> problem(ILaunchConfiguration configuration) {
		try {
			read(configuration);
			return Optional.empty();
		} catch (CoreException e) {
			return Optional.of(e.getStatus().getMessage());
		}
	}

	private static LaunchSettings parse(ILaunchConfiguration configuration) throws CoreException, ToolchainException {
		Optional<IProject> project = project(configuration.getAttribute(LaunchAttributes.PROJECT, ""));
		LaunchPaths paths = new LaunchPaths(project);
		List<Path> sources = new ArrayList<>();
		for (String source : configuration.getAttribute(LaunchAttributes.SOURCES, List.of())) {
			sources.add(paths.existing(source, "source file"));
		}
		if (sources.isEmpty()) {
			throw new IllegalArgumentException("no source files to assemble: add at least one .S or .s file");
		}
		List<Path> includes = new ArrayList<>();
		project.map(p -> p.getLocation()).ifPresent(location -> includes.add(location.toPath()));
		for (String include : configuration.getAttribute(LaunchAttributes.INCLUDE_PATHS, List.of())) {
			includes.add(paths.existing(include, "include directory"));
		}
		String linkerScript = configuration.getAttribute(LaunchAttributes.LINKER_SCRIPT, "").strip();
		Optional<String> entry = Optional.of(configuration.getAttribute(LaunchAttributes.ENTRY, "").strip()).filter(name -> !name.isEmpty());
		String toolPrefix = configuration.getAttribute(LaunchAttributes.TOOL_PREFIX, "").strip();
		BuildSettings build = new BuildSettings(sources, includes,
				definitions(configuration.getAttribute(LaunchAttributes.DEFINES, List.of()), "define", false),
				definitions(configuration.getAttribute(LaunchAttributes.DEFSYMS, List.of()), "--defsym", true),
				linkerScript.isEmpty() ? Optional.empty() : Optional.of(paths.existing(linkerScript, "linker script")),
				loadAddress(configuration.getAttribute(LaunchAttributes.LOAD_ADDRESS, "")), entry, toolPrefix);
		requireTools(build);
		SessionSettings session = new SessionSettings(build, entry,
				choice(StartState.class, configuration.getAttribute(LaunchAttributes.START_STATE, StartState.REAL.name()), "start state"),
				choice(CpuModel.class, configuration.getAttribute(LaunchAttributes.CPU_MODEL, CpuModel.LEGACY.name()), "CPU model"),
				assignments(configuration.getAttribute(LaunchAttributes.ASSIGNMENTS, List.of())),
				memoryBytes(configuration.getAttribute(LaunchAttributes.MEMORY_MIB, DEFAULT_MEMORY_MIB)));
		return new LaunchSettings(session, configuration.getAttribute(LaunchAttributes.STOP_AT_ENTRY, false),
				configuration.getAttribute(LaunchAttributes.STOP_ON_MODE_CHANGE, false));
	}

	private static Optional<IProject> project(String name) {
		if (name.isBlank()) {
			return Optional.empty();
		}
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(name.strip());
		if (!project.isOpen()) {
			throw new IllegalArgumentException("project " + name + (project.exists() ? " is closed" : " does not exist"));
		}
		return Optional.of(project);
	}

	/** {@code NAME} or {@code NAME=VALUE}; {@code requireValue} for ld's {@code --defsym}, which needs a value. */
	private static Map<String, String> definitions(List<String> entries, String kind, boolean requireValue) {
		Map<String, String> definitions = new LinkedHashMap<>();
		for (String entry : entries) {
			int equals = entry.indexOf('=');
			String name = (equals < 0 ? entry : entry.substring(0, equals)).strip();
			if (name.isEmpty() || !name.matches("[A-Za-z_.$][A-Za-z0-9_.$]*") || (requireValue && equals < 0)) {
				throw new IllegalArgumentException("malformed " + kind + " '" + entry + "': expected NAME" + (requireValue ? "" : " or NAME") + "=VALUE");
			}
			definitions.put(name, equals < 0 ? "" : entry.substring(equals + 1).strip());
		}
		return definitions;
	}

	private static long loadAddress(String text) {
		if (text.isBlank()) {
			return BuildSettings.DEFAULT_LOAD_ADDRESS;
		}
		try {
			long address = Long.decode(text.strip());
			if (address < 0) {
				throw new NumberFormatException();
			}
			return address;
		} catch (NumberFormatException e) {
			throw new IllegalArgumentException("load address '" + text + "' is not a number such as 0x1000");
		}
	}

	private static List<String> assignments(List<String> entries) {
		for (String entry : entries) {
			int equals = entry.indexOf('=');
			if (equals <= 0 || entry.substring(0, equals).isBlank() || entry.substring(equals + 1).isBlank()) {
				throw new IllegalArgumentException("malformed assignment '" + entry + "': expected SYMBOL=VALUE or %reg=VALUE");
			}
		}
		return List.copyOf(entries);
	}

	private static long memoryBytes(int mebibytes) {
		if (mebibytes < 1 || mebibytes > MAX_MEMORY_MIB) {
			throw new IllegalArgumentException("memory size " + mebibytes + " MiB is outside 1.." + MAX_MEMORY_MIB + " MiB");
		}
		return (long) mebibytes << 20;
	}

	private static <E extends Enum<E>> E choice(Class<E> type, String name, String what) {
		return Arrays.stream(type.getEnumConstants()).filter(constant -> constant.name().equalsIgnoreCase(name.strip())).findFirst()
				.orElseThrow(() -> new IllegalArgumentException("unknown " + what + " '" + name + "': expected one of "
						+ Arrays.toString(type.getEnumConstants())));
	}

	/** gcc for {@code .S} sources, as and ld always; the exception names the Debian package. */
	private static void requireTools(BuildSettings build) throws ToolchainException {
		Binutils tools = Binutils.fromPath(build.toolPrefix());
		tools.locate(GnuTool.AS);
		tools.locate(GnuTool.LD);
		if (build.sources().stream().anyMatch(source -> source.getFileName().toString().endsWith(".S"))) {
			tools.locate(GnuTool.GCC);
		}
	}
}
