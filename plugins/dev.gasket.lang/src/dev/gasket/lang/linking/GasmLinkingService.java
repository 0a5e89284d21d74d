package dev.gasket.lang.linking;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.linking.impl.DefaultLinkingService;
import org.eclipse.xtext.linking.impl.IllegalNodeException;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

import com.google.inject.Inject;

import dev.gasket.lang.gasm.GasmPackage.Literals;
import dev.gasket.lang.structure.FileStructure;
import dev.gasket.lang.structure.FileStructures;

/**
 * Links by position where names alone cannot: {@code 1b} to the nearest {@code 1:} before it, {@code 2f} to the
 * nearest {@code 2:} after it, and {@code \arg} to the parameter of the enclosing {@code .macro} or {@code .irp}.
 */
public class GasmLinkingService extends DefaultLinkingService {
	@Inject
	private FileStructures structures;

	@Override
	public List<EObject> getLinkedObjects(EObject context, EReference reference, INode node) throws IllegalNodeException {
		if (reference == Literals.LOCAL_LABEL_REFERENCE__LABEL) {
			String text = NodeModelUtils.getTokenText(node);
			FileStructure structure = structures.of(context.eResource());
			return structure.numericLabel(text.substring(0, text.length() - 1), structure.lineIndexOf(context), text.endsWith("f"))
					.<List<EObject>>map(List::of).orElse(List.of());
		}
		if (reference == Literals.MACRO_PARAMETER_REFERENCE__PARAMETER) {
			String name = NodeModelUtils.getTokenText(node).substring(1);
			return structures.of(context.eResource()).macroParameter(context, name).<List<EObject>>map(List::of).orElse(List.of());
		}
		return super.getLinkedObjects(context, reference, node);
	}
}
