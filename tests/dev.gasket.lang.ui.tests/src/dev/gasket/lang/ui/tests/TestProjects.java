package dev.gasket.lang.ui.tests;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IWorkspaceDescription;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.jobs.Job;

import dev.gasket.lang.ui.problems.GasmNature;

/**
 * Workspace projects for the UI tests: created open, with or without the Gasm nature; files in them; the workspace's
 * automatic build switched and awaited.
 */
final class TestProjects {

	private TestProjects() {
	}

	/** A new open project without natures. */
	static IProject create(String name) throws CoreException {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
		project.create(null);
		project.open(null);
		return project;
	}

	/** A new open project with the Gasm nature, so with its builder. */
	static IProject createWithGasmNature(String name) throws CoreException {
		IProject project = create(name);
		GasmNature.addTo(project, null);
		return project;
	}

	/** A new UTF-8 file at {@code path} in {@code project}. */
	static IFile createFile(IProject project, String path, String text) throws CoreException {
		IFile file = project.getFile(path);
		file.create(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), true, null);
		return file;
	}

	/** Switches the workspace's automatic build on or off and returns whether it was on. */
	static boolean setAutoBuilding(boolean on) throws CoreException {
		IWorkspaceDescription description = ResourcesPlugin.getWorkspace().getDescription();
		boolean was = description.isAutoBuilding();
		description.setAutoBuilding(on);
		ResourcesPlugin.getWorkspace().setDescription(description);
		return was;
	}

	/** Until the automatic build the last change scheduled has run, keeping the UI responsive meanwhile. */
	static void waitForAutoBuild(Duration bound) {
		UiConditions.waitUntil("the automatic build finished", bound, () -> Job.getJobManager().find(ResourcesPlugin.FAMILY_AUTO_BUILD).length == 0);
	}
}
