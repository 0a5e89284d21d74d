package dev.gasket.lang.resource;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.xtext.resource.IResourceFactory;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.LazyStringInputStream;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/**
 * Loads a file as GAS source whatever its extension: {@code .h} headers hold {@code #define}s and macros too. A file
 * already in the resource set is returned as it is.
 */
@Singleton
public class SourceLoader {
	@Inject
	private IResourceFactory resourceFactory;

	public Resource load(ResourceSet resourceSet, Path file) throws IOException {
		Resource resource = resourceFor(resourceSet, file);
		if (!resource.isLoaded()) {
			resource.load(resourceSet.getLoadOptions());
		}
		return resource;
	}

	/** As {@link #load(ResourceSet, Path)}, but parses {@code text} (e.g. an editor's unsaved contents) as the file's. */
	public Resource load(ResourceSet resourceSet, Path file, String text) throws IOException {
		Resource resource = resourceFor(resourceSet, file);
		if (!resource.isLoaded()) {
			resource.load(new LazyStringInputStream(text, "UTF-8"), Map.of(XtextResource.OPTION_ENCODING, "UTF-8"));
		}
		return resource;
	}

	private Resource resourceFor(ResourceSet resourceSet, Path file) {
		URI uri = URI.createFileURI(file.toAbsolutePath().normalize().toString());
		Resource resource = resourceSet.getResource(uri, false);
		if (resource == null) {
			resource = resourceFactory.createResource(uri);
			resourceSet.getResources().add(resource);
		}
		return resource;
	}
}
