package dev.gasket.lang.ide.server;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.findReferences.IReferenceFinder;
import org.eclipse.xtext.resource.IReferenceDescription;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.IResourceDescriptions;
import org.eclipse.xtext.util.CancelIndicator;

import com.google.inject.Inject;
import com.google.inject.Singleton;

import dev.gasket.lang.ide.navigation.SymbolLocation;
import dev.gasket.lang.ide.navigation.SymbolNavigator;

/**
 * Every use of a symbol in the workspace: the index says which files refer to it from outside, the symbol's own file is
 * searched as well, and the navigator finds the uses in each, as it does for {@code gasket nav refs}.
 */
@Singleton
public class WorkspaceReferences {
	@Inject
	private SymbolNavigator navigator;

	/** The definition first (when asked for), then the uses file by file, each place once. */
	public List<SymbolLocation> of(EObject symbol, boolean withDefinition, IReferenceFinder.IResourceAccess access, IResourceDescriptions index,
			CancelIndicator cancelIndicator) {
		URI target = EcoreUtil.getURI(symbol);
		Set<URI> files = new LinkedHashSet<>();
		files.add(target.trimFragment());
		for (IResourceDescription description : index.getAllResourceDescriptions()) {
			if (cancelIndicator.isCanceled()) {
				return List.of();
			}
			for (IReferenceDescription reference : description.getReferenceDescriptions()) {
				if (target.equals(reference.getTargetEObjectUri())) {
					files.add(description.getURI());
					break;
				}
			}
		}
		List<SymbolLocation> found = new ArrayList<>();
		SymbolLocation definition = navigator.definitionLocation(symbol).orElse(null);
		if (withDefinition && definition != null) {
			found.add(definition);
		}
		for (URI file : files) {
			found.addAll(access.readOnly(file, resourceSet -> {
				Resource resource = resourceSet.getResource(file, true);
				EObject inThatSet = resourceSet.getEObject(target, true);
				return navigator.references(inThatSet, List.of(resource));
			}));
		}
		return found.stream().filter(location -> definition == null || !samePlace(location, definition)
				|| location == definition).distinct().toList();
	}

	private static boolean samePlace(SymbolLocation one, SymbolLocation other) {
		return one.uri().equals(other.uri()) && one.offset() == other.offset();
	}
}
