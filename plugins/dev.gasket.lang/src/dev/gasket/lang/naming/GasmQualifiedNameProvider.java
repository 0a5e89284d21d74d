package dev.gasket.lang.naming;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;

import com.google.inject.Inject;

import dev.gasket.lang.gasm.MacroParameter;
import dev.gasket.lang.structure.FileStructures;

/**
 * A definition's name is the symbol it defines, which for {@code SYM_DATA(tr_cr4, …)} is an argument, not an
 * attribute; GAS has no namespaces, so names have one segment.
 */
public class GasmQualifiedNameProvider extends IQualifiedNameProvider.AbstractImpl {
	@Inject
	private FileStructures structures;

	@Override
	public QualifiedName getFullyQualifiedName(EObject object) {
		if (object instanceof MacroParameter parameter) {
			return parameter.getName() == null ? null : QualifiedName.create(parameter.getName());
		}
		if (object.eResource() == null) {
			return null;
		}
		return structures.of(object.eResource()).definitionOf(object).map(definition -> QualifiedName.create(definition.name()))
				.orElse(null);
	}
}
