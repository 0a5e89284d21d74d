package dev.gasket.lang.scoping;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.xtext.util.IResourceScopeCache;

import com.google.inject.Inject;
import com.google.inject.Singleton;

import dev.gasket.lang.resource.SourceLoader;
import dev.gasket.lang.settings.GasmSettingsProvider;
import dev.gasket.lang.structure.FileStructures;
import dev.gasket.lang.structure.Include;

/**
 * Finds the files {@code #include "x.h"}, {@code #include <asm/x.h>} and {@code .include "x.s"} name: quoted paths
 * next to the including file first, then along the configured include path, as cpp and GAS search.
 */
@Singleton
public class IncludeResolver {
	@Inject
	private GasmSettingsProvider settings;

	@Inject
	private FileStructures structures;

	@Inject
	private SourceLoader sources;

	@Inject
	private IResourceScopeCache cache;

	public Optional<Path> resolve(Resource including, Include include) {
		URI uri = including.getURI();
		List<Path> candidates = new ArrayList<>();
		if (!include.systemHeader() && uri.isFile()) {
			candidates.add(Path.of(uri.toFileString()).toAbsolutePath().getParent().resolve(include.path()));
		}
		for (Path directory : settings.settingsFor(including).includeDirectories()) {
			candidates.add(directory.resolve(include.path()));
		}
		return candidates.stream().filter(Files::isRegularFile).map(Path::normalize).findFirst();
	}

	/** The resources {@code resource} includes, directly or through other includes, loaded into its resource set. */
	public List<Resource> includedResources(Resource resource) {
		return cache.get(IncludeResolver.class, resource, () -> {
			Set<Resource> found = new LinkedHashSet<>();
			collect(resource, found);
			found.remove(resource);
			return List.copyOf(found);
		});
	}

	private void collect(Resource resource, Set<Resource> found) {
		if (!found.add(resource)) {
			return;
		}
		for (Include include : structures.of(resource).includes()) {
			resolve(resource, include).flatMap(path -> load(resource.getResourceSet(), path)).ifPresent(included -> collect(included, found));
		}
	}

	private Optional<Resource> load(ResourceSet resourceSet, Path path) {
		if (resourceSet == null) {
			return Optional.empty();
		}
		try {
			return Optional.of(sources.load(resourceSet, path)).filter(loaded -> !loaded.getContents().isEmpty());
		} catch (IOException | RuntimeException e) {
			// an unreadable include contributes no symbols; the including file reports it as unresolved
			return Optional.empty();
		}
	}
}
