package dev.gasket.lang.structure;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.util.IResourceScopeCache;

import com.google.inject.Inject;
import com.google.inject.Singleton;

import dev.gasket.lang.gasm.GasmFactory;
import dev.gasket.lang.gasm.Program;
import dev.gasket.lang.settings.GasmSettingsProvider;

/**
 * The {@link FileStructure} of a resource, built on first use after each parse.
 */
@Singleton
public class FileStructures {
	@Inject
	private IResourceScopeCache cache;

	@Inject
	private GasmSettingsProvider settings;

	public FileStructure of(Resource resource) {
		return cache.get(FileStructures.class, resource, () -> build(resource));
	}

	/** Whether cpp runs over the file: {@code .S} and {@code .sx} files, not {@code .s}. */
	public static boolean isPreprocessed(Resource resource) {
		return !"s".equals(resource.getURI().fileExtension());
	}

	private FileStructure build(Resource resource) {
		Program program = resource.getContents().isEmpty() ? GasmFactory.eINSTANCE.createProgram() : (Program) resource.getContents().get(0);
		return new FileStructureBuilder(settings.settingsFor(resource).linkageMacros(), isPreprocessed(resource)).build(program);
	}
}
