package dev.gasket.lang.scoping;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.EObjectDescription;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.scoping.IGlobalScopeProvider;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.IScopeProvider;
import org.eclipse.xtext.scoping.impl.MapBasedScope;
import org.eclipse.xtext.util.IResourceScopeCache;

import com.google.inject.Inject;

import dev.gasket.lang.gasm.GasmPackage.Literals;
import dev.gasket.lang.resource.SymbolDescriptions;
import dev.gasket.lang.structure.FileStructures;
import dev.gasket.lang.symbols.Definition;
import dev.gasket.lang.symbols.SymbolKind;

/**
 * What a symbol name can mean at a reference, nearest first: the file's own definitions (labels, constants, linkage
 * macros, and in {@code .S} files {@code #define}s), then those of the files it includes, then the symbols other files
 * of the workspace define for the linker. Numeric labels and {@code \param}s are resolved by {@code GasmLinkingService}.
 */
public class GasmScopeProvider implements IScopeProvider {
	@Inject
	private FileStructures structures;

	@Inject
	private IncludeResolver includes;

	@Inject
	private IGlobalScopeProvider globalScopeProvider;

	@Inject
	private IResourceScopeCache cache;

	@Override
	public IScope getScope(EObject context, EReference reference) {
		if (reference != Literals.SYMBOL_REFERENCE__SYMBOL) {
			return IScope.NULLSCOPE;
		}
		Resource resource = context.eResource();
		return cache.get(GasmScopeProvider.class, resource, () -> symbolScope(resource, reference));
	}

	private IScope symbolScope(Resource resource, EReference reference) {
		IScope workspace = globalScopeProvider.getScope(resource, reference,
				description -> SymbolDescriptions.kindOf(description).isLinkerVisible());
		List<IEObjectDescription> included = new ArrayList<>();
		for (Resource header : includes.includedResources(resource)) {
			included.addAll(describe(header));
		}
		return MapBasedScope.createScope(MapBasedScope.createScope(workspace, included), describe(resource));
	}

	private List<IEObjectDescription> describe(Resource resource) {
		List<IEObjectDescription> descriptions = new ArrayList<>();
		for (Definition definition : structures.of(resource).definitions()) {
			if (definition.kind() != SymbolKind.GAS_MACRO) {
				descriptions.add(EObjectDescription.create(QualifiedName.create(definition.name()), definition.element(),
						SymbolDescriptions.userData(definition)));
			}
		}
		return descriptions;
	}
}
