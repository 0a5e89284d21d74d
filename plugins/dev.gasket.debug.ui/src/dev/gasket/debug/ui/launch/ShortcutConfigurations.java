package dev.gasket.debug.ui.launch;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchConfigurationType;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.debug.core.ILaunchManager;

import dev.gasket.debug.launch.LaunchAttributes;
import dev.gasket.debug.model.GasketDebugModel;

/**
 * The configurations behind "Debug As > Gasket x86 Emulator": one per source file and entry symbol, created on the
 * first launch and reused after that (with whatever the user changed in it since); a shared configuration such as
 * the example project's counts as well.
 */
public final class ShortcutConfigurations {

	private ShortcutConfigurations() {
	}

	/** The configurations that build exactly {@code source}, for any entry, by name (the choice among equals is stable). */
	public static List<ILaunchConfiguration> forSource(String source) throws CoreException {
		return Arrays.stream(manager().getLaunchConfigurations(type()))
				.filter(config -> StoredAttributes.list(config, LaunchAttributes.SOURCES).equals(List.of(source)))
				.sorted(Comparator.comparing(ILaunchConfiguration::getName)).toList();
	}

	/** The configuration that builds exactly {@code source} and starts at {@code entry}, made and saved if there is none. */
	public static ILaunchConfiguration findOrCreate(String source, Optional<IResource> resource, Optional<CodeSymbol> entry)
			throws CoreException {
		String entryName = entry.map(CodeSymbol::name).orElse("");
		for (ILaunchConfiguration config : forSource(source)) {
			if (StoredAttributes.string(config, LaunchAttributes.ENTRY, "").equals(entryName)) {
				return config;
			}
		}
		String fileName = Path.of(source).getFileName().toString();
		String name = manager().generateLaunchConfigurationName(entryName.isEmpty() ? fileName : fileName + " (" + entryName + ")");
		ILaunchConfigurationWorkingCopy config = type().newInstance(null, name);
		LaunchDefaults.build(config);
		LaunchDefaults.machine(config);
		LaunchDefaults.forSource(config, source, resource, entry);
		return config.doSave();
	}

	private static ILaunchManager manager() {
		return DebugPlugin.getDefault().getLaunchManager();
	}

	private static ILaunchConfigurationType type() {
		return manager().getLaunchConfigurationType(GasketDebugModel.LAUNCH_TYPE);
	}
}
