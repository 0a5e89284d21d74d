package dev.gasket.lang.ui.assembler;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;

import dev.gasket.toolchain.Binutils;
import dev.gasket.toolchain.ToolDiagnostic;
import dev.gasket.toolchain.ToolchainException;
import dev.gasket.toolchain.build.BuildSettings;
import dev.gasket.toolchain.build.ProgramBuilder;
import dev.gasket.toolchain.build.WorkDirectories;

/**
 * The builder step that assembles changed sources with the real GNU tools ({@code gcc -c} for {@code .S}/{@code .sx},
 * {@code as} for {@code .s}) with the project's {@link AssemblerSettings}, into a temporary directory, and turns what
 * the tools say into {@link GnuAsMarkers}. A change to anything but a source (a header, the settings) re-assembles
 * every source, since any of them may include it.
 */
public final class GnuAsStep {
	private static final Set<String> SOURCE_EXTENSIONS = Set.of("s", "S", "sx");

	private GnuAsStep() {
	}

	/**
	 * @param sources the project's assembly sources
	 * @param delta   what changed since the last build, or {@code null} to assemble every source
	 * @throws OperationCanceledException when {@code monitor} is cancelled between two sources
	 */
	public static void build(IProject project, List<IFile> sources, IResourceDelta delta, IProgressMonitor monitor) throws CoreException {
		AssemblerSettings settings = AssemblerSettings.of(project);
		if (!settings.assembleOnBuild()) {
			GnuAsMarkers.removeAll(project);
			return;
		}
		List<String> problems = settings.problems();
		if (!problems.isEmpty()) {
			GnuAsMarkers.removeAll(project);
			GnuAsMarkers.reportOnProject(project, "Gasket Assembler settings: " + String.join("; ", problems));
			return;
		}
		GnuAsMarkers.clearProjectMarker(project);
		List<IFile> changed = delta == null ? sources : changedSources(sources, delta);
		SubMonitor progress = SubMonitor.convert(monitor, "Assembling with GNU as", changed.size());
		Path work = temporaryDirectory();
		try {
			ProgramBuilder builder = new ProgramBuilder(Binutils.fromPath(""));
			for (IFile source : changed) {
				if (progress.isCanceled()) {
					throw new OperationCanceledException();
				}
				progress.subTask(source.getName());
				assemble(builder, settings, source, work);
				progress.worked(1);
			}
		} catch (ToolchainException e) {
			GnuAsMarkers.removeAll(project);
			GnuAsMarkers.reportOnProject(project, "Sources not assembled: " + e.getMessage());
		} finally {
			WorkDirectories.delete(work);
		}
	}

	/** Removes every marker of the step, as a clean build does. */
	public static void clean(IProject project) throws CoreException {
		GnuAsMarkers.removeAll(project);
	}

	private static void assemble(ProgramBuilder builder, AssemblerSettings settings, IFile source, Path work) throws ToolchainException, CoreException {
		BuildSettings build = settings.buildSettings(source.getLocation().toPath(), source.getProject().getLocation().toPath());
		List<ToolDiagnostic> diagnostics = builder.assemble(build, work).get(0).diagnostics();
		GnuAsMarkers.removeFrom(source);
		DiagnosticPlacement placement = new DiagnosticPlacement(source, build.includeDirectories());
		for (ToolDiagnostic diagnostic : diagnostics) {
			placement.mark(diagnostic);
		}
	}

	/**
	 * The sources changed or added; every source when anything else changed or went (a header, the settings). Removed
	 * sources lose their markers.
	 */
	private static List<IFile> changedSources(List<IFile> sources, IResourceDelta delta) throws CoreException {
		Set<IFile> changed = new LinkedHashSet<>();
		List<IFile> removedSources = new ArrayList<>();
		boolean[] everything = { false };
		delta.accept(child -> {
			if (child.getResource().getType() != IResource.FILE) {
				return true;
			}
			IFile file = (IFile) child.getResource();
			boolean source = SOURCE_EXTENSIONS.contains(file.getFileExtension());
			boolean contentChanged = child.getKind() == IResourceDelta.ADDED || (child.getFlags() & IResourceDelta.CONTENT) != 0;
			if (child.getKind() == IResourceDelta.REMOVED && source) {
				removedSources.add(file);
			} else if (child.getKind() == IResourceDelta.REMOVED || (contentChanged && !sources.contains(file))) {
				everything[0] = true;
			} else if (contentChanged) {
				changed.add(file);
			}
			return false;
		});
		for (IFile file : removedSources) {
			GnuAsMarkers.removeFrom(file);
		}
		return everything[0] ? sources : List.copyOf(changed);
	}

	private static Path temporaryDirectory() throws CoreException {
		try {
			return Files.createTempDirectory("gasket-as-");
		} catch (IOException e) {
			throw new CoreException(Status.error("cannot create a temporary directory for the assembler's objects: " + e.getMessage(), e));
		}
	}

}
