package dev.gasket.debug.tests.model;

import java.util.List;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.core.ILaunchConfigurationType;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.debug.core.ILaunchManager;

import dev.gasket.debug.engine.StartState;
import dev.gasket.debug.launch.LaunchAttributes;
import dev.gasket.debug.model.GasketDebugModel;
import dev.gasket.x86.cpu.CpuModel;

/** Launch configurations of the Gasket type for a program of a workspace project, as the launch dialog makes them. */
final class TrampolineLaunch {

	private TrampolineLaunch() {
	}

	static ILaunchConfigurationWorkingCopy configuration(String project, String source, String entry, StartState start, CpuModel cpu,
			List<String> assignments) throws CoreException {
		ILaunchManager manager = DebugPlugin.getDefault().getLaunchManager();
		ILaunchConfigurationType type = manager.getLaunchConfigurationType(GasketDebugModel.LAUNCH_TYPE);
		ILaunchConfigurationWorkingCopy configuration = type.newInstance(null, manager.generateLaunchConfigurationName("gasket test"));
		configuration.setAttribute(LaunchAttributes.PROJECT, project);
		configuration.setAttribute(LaunchAttributes.SOURCES, List.of("/" + project + "/" + source));
		configuration.setAttribute(LaunchAttributes.ENTRY, entry);
		configuration.setAttribute(LaunchAttributes.START_STATE, start.name());
		configuration.setAttribute(LaunchAttributes.CPU_MODEL, cpu.name());
		configuration.setAttribute(LaunchAttributes.ASSIGNMENTS, assignments);
		return configuration;
	}

	static ILaunch debug(ILaunchConfigurationWorkingCopy configuration) throws CoreException {
		return configuration.launch(ILaunchManager.DEBUG_MODE, new NullProgressMonitor());
	}
}
