package dev.gasket.lang.resource;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.EObjectDescription;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.impl.DefaultResourceDescriptionStrategy;
import org.eclipse.xtext.util.IAcceptor;

import com.google.inject.Inject;
import com.google.inject.Singleton;

import dev.gasket.lang.gasm.Program;
import dev.gasket.lang.structure.FileStructures;
import dev.gasket.lang.symbols.Definition;

/**
 * Exports a file's definitions to the index, with their kind and size; {@code .L} names stay private to the file.
 */
@Singleton
public class GasmResourceDescriptionStrategy extends DefaultResourceDescriptionStrategy {
	@Inject
	private FileStructures structures;

	@Override
	public boolean createEObjectDescriptions(EObject object, IAcceptor<IEObjectDescription> acceptor) {
		if (object instanceof Program program) {
			for (Definition definition : structures.of(program.eResource()).definitions()) {
				if (!definition.isFileLocal()) {
					acceptor.accept(EObjectDescription.create(QualifiedName.create(definition.name()), definition.element(),
							SymbolDescriptions.userData(definition)));
				}
			}
		}
		return false;
	}
}
