package dev.gasket.debug.ui.launch;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.debug.ui.AbstractLaunchConfigurationTabGroup;
import org.eclipse.debug.ui.CommonTab;
import org.eclipse.debug.ui.DebugUITools;
import org.eclipse.debug.ui.ILaunchConfigurationDialog;
import org.eclipse.debug.ui.ILaunchConfigurationTab;

import dev.gasket.debug.launch.LaunchAttributes;

/** The tabs of a "Gasket x86 Emulator" configuration: Program, Machine, Common. */
public class GasketTabGroup extends AbstractLaunchConfigurationTabGroup {

	@Override
	public void createTabs(ILaunchConfigurationDialog dialog, String mode) {
		setTabs(new ILaunchConfigurationTab[] { new ProgramTab(), new MachineTab(), new CommonTab() });
	}

	/** A new configuration starts from the selected source: its project, the file, its first code symbol. */
	@Override
	public void setDefaults(ILaunchConfigurationWorkingCopy config) {
		super.setDefaults(config);
		IResource selected = DebugUITools.getSelectedResource();
		if (selected instanceof IFile file && GasketLaunchShortcut.isSource(file) && file.getLocation() != null) {
			LaunchDefaults.forSource(config, file, SourceSymbols.of(List.of(file.getLocation().toPath())).firstCode());
		} else if (selected != null && selected.getProject() != null) {
			config.setAttribute(LaunchAttributes.PROJECT, selected.getProject().getName());
		}
	}
}
