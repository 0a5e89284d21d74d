package dev.gasket.lang.scoping;

import java.util.Optional;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.IResourceDescriptions;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsProvider;

import com.google.inject.Inject;
import com.google.inject.Singleton;

import dev.gasket.lang.gasm.GasmPackage.Literals;
import dev.gasket.lang.structure.FileStructures;
import dev.gasket.lang.symbols.Definition;
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
		return assemblerMacro(resource, name).isPresent();
	}

	public boolean isCppMacro(Resource resource, String name) {
		return find(resource, name, SymbolKind.CPP_MACRO, Literals.CPP_DEFINE).isPresent();
	}

	/** The {@code .macro} a statement named {@code name} invokes. */
	public Optional<EObject> assemblerMacro(Resource resource, String name) {
		return find(resource, name, SymbolKind.GAS_MACRO, Literals.MACRO_DEFINITION);
	}

	private Optional<EObject> find(Resource resource, String name, SymbolKind kind, EClass type) {
		Optional<EObject> here = definedIn(resource, name, kind);
		if (here.isPresent()) {
			return here;
		}
		for (Resource included : includes.includedResources(resource)) {
			Optional<EObject> there = definedIn(included, name, kind);
			if (there.isPresent()) {
				return there;
			}
		}
		ResourceSet resourceSet = resource.getResourceSet();
		if (resourceSet == null) {
			return Optional.empty();
		}
		IResourceDescriptions index = indexProvider.getResourceDescriptions(resourceSet);
		for (IEObjectDescription description : index.getExportedObjects(type, QualifiedName.create(name), false)) {
			return Optional.of(EcoreUtil.resolve(description.getEObjectOrProxy(), resourceSet));
		}
		return Optional.empty();
	}

	private Optional<EObject> definedIn(Resource resource, String name, SymbolKind kind) {
		return structures.of(resource).definitionsNamed(name).stream().filter(definition -> definition.kind() == kind)
				.map(Definition::element).findFirst();
	}
}
