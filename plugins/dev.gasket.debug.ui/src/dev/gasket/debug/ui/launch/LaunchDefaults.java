package dev.gasket.debug.ui.launch;

import java.util.List;
import java.util.Optional;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;

import dev.gasket.debug.engine.StartState;
import dev.gasket.debug.launch.LaunchAttributes;
import dev.gasket.debug.launch.LaunchSettings;
import dev.gasket.x86.cpu.CpuModel;

/** The attributes of a new configuration: the tabs' defaults, and what a launch shortcut fills in for one source. */
final class LaunchDefaults {
	private LaunchDefaults() {
	}

	static void build(ILaunchConfigurationWorkingCopy config) {
		config.setAttribute(LaunchAttributes.SOURCES, List.<String>of());
		config.setAttribute(LaunchAttributes.ENTRY, "");
		config.setAttribute(LaunchAttributes.LINKER_SCRIPT, "");
		config.setAttribute(LaunchAttributes.LOAD_ADDRESS, ProgramTab.DEFAULT_LOAD_ADDRESS);
		config.setAttribute(LaunchAttributes.INCLUDE_PATHS, List.<String>of());
		config.setAttribute(LaunchAttributes.DEFINES, List.<String>of());
		config.setAttribute(LaunchAttributes.DEFSYMS, List.<String>of());
		config.setAttribute(LaunchAttributes.TOOL_PREFIX, "");
	}

	/** Real mode on a legacy CPU, as an AP wakes up; stopping at the entry so a first launch shows where it starts. */
	static void machine(ILaunchConfigurationWorkingCopy config) {
		config.setAttribute(LaunchAttributes.START_STATE, StartState.REAL.name());
		config.setAttribute(LaunchAttributes.CPU_MODEL, CpuModel.LEGACY.name());
		config.setAttribute(LaunchAttributes.MEMORY_MIB, LaunchSettings.DEFAULT_MEMORY_MIB);
		config.setAttribute(LaunchAttributes.ASSIGNMENTS, List.<String>of());
		config.setAttribute(LaunchAttributes.STOP_AT_ENTRY, true);
		config.setAttribute(LaunchAttributes.STOP_ON_MODE_CHANGE, false);
	}

	/** One source started at {@code entry}, in the CPU mode its code is assembled for. */
	static void forSource(ILaunchConfigurationWorkingCopy config, String source, Optional<IResource> resource, Optional<CodeSymbol> entry) {
		config.setAttribute(LaunchAttributes.SOURCES, List.of(source));
		config.setAttribute(LaunchAttributes.ENTRY, entry.map(CodeSymbol::name).orElse(""));
		entry.ifPresent(symbol -> config.setAttribute(LaunchAttributes.START_STATE, symbol.startState().name()));
		resource.ifPresent(file -> {
			config.setAttribute(LaunchAttributes.PROJECT, file.getProject().getName());
			config.setMappedResources(new IResource[] { file });
		});
	}

	static void forSource(ILaunchConfigurationWorkingCopy config, IFile file, Optional<CodeSymbol> entry) {
		forSource(config, StoredPaths.of(file), Optional.of(file), entry);
	}
}
