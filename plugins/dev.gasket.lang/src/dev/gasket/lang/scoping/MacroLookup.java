package dev.gasket.lang.scoping;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.IResourceDescriptions;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsProvider;

import com.google.inject.Inject;
import com.google.inject.Singleton;

import dev.gasket.lang.gasm.GasmPackage.Literals;
import dev.gasket.lang.structure.FileStructures;
import dev.gasket.lang.symbols.SymbolKind;

/**
 * Whether a name used as a statement is a macro: a GAS {@code .macro} or a cpp {@code #define}, in the file, in what
 * it includes, or anywhere in the workspace (an include the settings do not find yet should not make every use an
 * error).
 */
@Singleton
public class MacroLookup {
	@Inject
	private FileStructures structures;

	@Inject
	private IncludeResolver includes;

	@Inject
	private ResourceDescriptionsProvider indexProvider;

	public boolean isAssemblerMacro(Resource resource, String name) {
		return isDefined(resource, name, SymbolKind.GAS_MACRO, Literals.MACRO_DEFINITION);
	}

	public boolean isCppMacro(Resource resource, String name) {
		return isDefined(resource, name, SymbolKind.CPP_MACRO, Literals.CPP_DEFINE);
	}

	private boolean isDefined(Resource resource, String name, SymbolKind kind, EClass type) {
		if (definesHere(resource, name, kind)) {
			return true;
		}
		for (Resource included : includes.includedResources(resource)) {
			if (definesHere(included, name, kind)) {
				return true;
			}
		}
		if (resource.getResourceSet() == null) {
			return false;
		}
		IResourceDescriptions index = indexProvider.getResourceDescriptions(resource.getResourceSet());
		return index.getExportedObjects(type, QualifiedName.create(name), false).iterator().hasNext();
	}

	private boolean definesHere(Resource resource, String name, SymbolKind kind) {
		return structures.of(resource).definitionsNamed(name).stream().anyMatch(definition -> definition.kind() == kind);
	}
}
