package dev.gasket.lang.ui.problems;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.ICommand;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IProjectNature;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;

import dev.gasket.lang.ui.assembler.GnuAsStep;

/** Marks a project as holding GAS assembly: it brings the {@link GasmBuilder} that fills the Problems view. */
public class GasmNature implements IProjectNature {
	public static final String ID = "dev.gasket.lang.ui.gasmNature";

	private IProject project;

	/** Adds the nature (and so the builder) to {@code project} unless it has it already. */
	public static void addTo(IProject project, IProgressMonitor monitor) throws CoreException {
		IProjectDescription description = project.getDescription();
		if (description.hasNature(ID)) {
			return;
		}
		List<String> natures = new ArrayList<>(Arrays.asList(description.getNatureIds()));
		natures.add(ID);
		description.setNatureIds(natures.toArray(String[]::new));
		project.setDescription(description, monitor);
	}

	@Override
	public void configure() throws CoreException {
		IProjectDescription description = project.getDescription();
		for (ICommand command : description.getBuildSpec()) {
			if (GasmBuilder.ID.equals(command.getBuilderName())) {
				return;
			}
		}
		ICommand build = description.newCommand();
		build.setBuilderName(GasmBuilder.ID);
		List<ICommand> commands = new ArrayList<>(Arrays.asList(description.getBuildSpec()));
		commands.add(build);
		description.setBuildSpec(commands.toArray(ICommand[]::new));
		project.setDescription(description, null);
	}

	@Override
	public void deconfigure() throws CoreException {
		IProjectDescription description = project.getDescription();
		description.setBuildSpec(Arrays.stream(description.getBuildSpec())
				.filter(command -> !GasmBuilder.ID.equals(command.getBuilderName())).toArray(ICommand[]::new));
		project.setDescription(description, null);
		project.deleteMarkers(ProblemMarkers.TYPE, true, IResource.DEPTH_INFINITE);
		GnuAsStep.clean(project);
	}

	@Override
	public IProject getProject() {
		return project;
	}

	@Override
	public void setProject(IProject project) {
		this.project = project;
	}
}
