package dev.gasket.lang.symbols;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

import dev.gasket.lang.gasm.GasmPackage.Literals;
import dev.gasket.lang.gasm.Expression;
import dev.gasket.lang.gasm.ExpressionOperand;
import dev.gasket.lang.gasm.MacroArgument;
import dev.gasket.lang.gasm.OperandArgument;
import dev.gasket.lang.gasm.SymbolReference;

/**
 * The names references are written with, read from the parse without resolving them.
 */
public final class ReferenceText {
	private ReferenceText() {
	}

	public static String of(EObject owner, EReference reference) {
		List<INode> nodes = NodeModelUtils.findNodesForFeature(owner, reference);
		return nodes.isEmpty() ? "" : NodeModelUtils.getTokenText(nodes.get(0));
	}

	public static String symbolName(SymbolReference reference) {
		return of(reference, Literals.SYMBOL_REFERENCE__SYMBOL);
	}

	/** The symbol named by a macro argument written as a bare name ({@code tr_cr4} in {@code SYM_DATA(tr_cr4, …)}). */
	public static SymbolReference bareSymbol(MacroArgument argument) {
		if (argument instanceof OperandArgument operandArgument && operandArgument.getOperand() instanceof ExpressionOperand operand) {
			Expression value = operand.getValue();
			if (value instanceof SymbolReference reference && reference.getRelocation() == null) {
				return reference;
			}
		}
		return null;
	}
}
