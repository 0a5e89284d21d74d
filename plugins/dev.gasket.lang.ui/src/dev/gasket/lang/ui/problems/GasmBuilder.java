package dev.gasket.lang.ui.problems;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.service.OperationCanceledError;

import dev.gasket.lang.resource.SourceLoader;
import dev.gasket.lang.ui.assembler.GnuAsStep;
import dev.gasket.lang.ui.model.GasmDocumentModel;

/**
 * Validates the project's assembly sources and turns the diagnostics into problem markers. Symbols and macros resolve
 * across the project's files (as in the editor), so a change to any file re-validates every source of the project.
 * Then the optional {@link GnuAsStep} assembles the changed sources with GNU as.
 */
public class GasmBuilder extends IncrementalProjectBuilder {
	public static final String ID = "dev.gasket.lang.ui.gasmBuilder";
	private static final Set<String> SOURCE_EXTENSIONS = Set.of("s", "S", "sx");

	@Override
	protected IProject[] build(int kind, Map<String, String> args, IProgressMonitor monitor) throws CoreException {
		IResourceDelta delta = kind == FULL_BUILD ? null : getDelta(getProject());
		try {
			if (delta == null || touchesFiles(delta)) {
				List<IFile> sources = sources(getProject());
				validate(sources, monitor);
				GnuAsStep.build(getProject(), sources, delta, monitor);
			}
		} catch (OperationCanceledException e) {
			// what was not built yet must be built next time, so the next build starts over
			forgetLastBuiltState();
			throw e;
		}
		return null;
	}

	@Override
	protected void clean(IProgressMonitor monitor) throws CoreException {
		getProject().deleteMarkers(ProblemMarkers.TYPE, true, IResource.DEPTH_INFINITE);
		GnuAsStep.clean(getProject());
	}

	private static boolean touchesFiles(IResourceDelta delta) throws CoreException {
		boolean[] touched = { false };
		delta.accept(child -> {
			if (child.getResource().getType() == IResource.FILE && (child.getKind() != IResourceDelta.CHANGED || (child.getFlags() & IResourceDelta.CONTENT) != 0)) {
				touched[0] = true;
			}
			return !touched[0];
		});
		return touched[0];
	}

	/** The project's assembly files on disk, skipping dot-folders and derived output. */
	static List<IFile> sources(IProject project) throws CoreException {
		List<IFile> sources = new ArrayList<>();
		project.accept(resource -> {
			if (resource.getType() == IResource.FILE) {
				if (SOURCE_EXTENSIONS.contains(resource.getFileExtension()) && resource.getLocation() != null) {
					sources.add((IFile) resource);
				}
				return false;
			}
			return resource.getType() == IResource.PROJECT || (!resource.getName().startsWith(".") && !resource.isDerived());
		});
		return sources;
	}

	private void validate(List<IFile> sources, IProgressMonitor monitor) throws CoreException {
		XtextResourceSet resourceSet = GasmDocumentModel.language().getInstance(XtextResourceSet.class);
		SourceLoader loader = GasmDocumentModel.language().getInstance(SourceLoader.class);
		List<Resource> resources = new ArrayList<>();
		for (IFile source : sources) {
			try {
				resources.add(loader.load(resourceSet, source.getLocation().toPath()));
			} catch (IOException e) {
				resources.add(null);
			}
		}
		for (int i = 0; i < sources.size(); i++) {
			if (monitor != null && monitor.isCanceled()) {
				throw new OperationCanceledException();
			}
			Resource resource = resources.get(i);
			if (resource != null) {
				try {
					ProblemMarkers.replace(sources.get(i), GasmIssues.of(resource, () -> monitor != null && monitor.isCanceled()));
				} catch (OperationCanceledError e) {
					throw new OperationCanceledException();
				}
			}
		}
	}
}
