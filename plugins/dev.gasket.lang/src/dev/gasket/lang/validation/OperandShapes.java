package dev.gasket.lang.validation;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.common.util.TreeIterator;

import dev.gasket.lang.gasm.DecoratedOperand;
import dev.gasket.lang.gasm.ExpressionOperand;
import dev.gasket.lang.gasm.ImmediateOperand;
import dev.gasket.lang.gasm.IndirectOperand;
import dev.gasket.lang.gasm.MacroParameterReference;
import dev.gasket.lang.gasm.MemoryOperand;
import dev.gasket.lang.gasm.Operand;
import dev.gasket.lang.gasm.RegisterOperand;
import dev.gasket.lang.gasm.RoundingOperand;
import dev.gasket.lang.gasm.SegmentOffsetOperand;
import dev.gasket.lang.gasm.SymbolReference;
import dev.gasket.lang.instructions.OperandShape;
import dev.gasket.lang.instructions.X86Register;

/**
 * Reads written operands as the instruction table's matcher sees them. Operands that a macro fills in
 * ({@code \reg}) match anything.
 */
final class OperandShapes {
	private OperandShapes() {
	}

	/** The shapes of the operands that count for matching: {@code {rn-sae}} is an encoding option, not an operand. */
	static List<OperandShape> of(List<Operand> operands) {
		List<OperandShape> shapes = new ArrayList<>();
		for (Operand operand : operands) {
			if (!(operand instanceof RoundingOperand)) {
				shapes.add(of(operand));
			}
		}
		return shapes;
	}

	static OperandShape of(Operand operand) {
		boolean mentionsSymbol = false;
		for (TreeIterator<EObject> contents = operand.eAllContents(); contents.hasNext();) {
			EObject content = contents.next();
			if (content instanceof MacroParameterReference) {
				return OperandShape.other();
			}
			mentionsSymbol |= content instanceof SymbolReference;
		}
		if (writtenWithMacroEscape(operand)) {
			return OperandShape.other();
		}
		return shapeOf(operand, mentionsSymbol);
	}

	private static OperandShape shapeOf(Operand operand, boolean mentionsSymbol) {
		if (operand instanceof DecoratedOperand decorated) {
			return of(decorated.getOperand());
		}
		if (operand instanceof IndirectOperand indirect) {
			return of(indirect.getTarget()).asIndirect();
		}
		if (operand instanceof RegisterOperand register) {
			String name = register.getStackIndex() == null ? register.getRegister()
					: register.getRegister() + "(" + register.getStackIndex() + ")";
			return X86Register.lookup(name).map(OperandShape::register).orElseGet(OperandShape::other);
		}
		if (operand instanceof MemoryOperand || operand instanceof SegmentOffsetOperand) {
			return OperandShape.memory(mentionsSymbol);
		}
		if (operand instanceof ImmediateOperand) {
			return OperandShape.immediate(mentionsSymbol);
		}
		if (operand instanceof ExpressionOperand) {
			return OperandShape.expression(mentionsSymbol);
		}
		return OperandShape.other();
	}

	private static boolean writtenWithMacroEscape(Operand operand) {
		if (operand instanceof RegisterOperand register) {
			return register.getRegister().contains("\\");
		}
		if (operand instanceof MemoryOperand memory) {
			return memory.getBase() != null && memory.getBase().contains("\\")
					|| memory.getIndex() != null && memory.getIndex().contains("\\");
		}
		return false;
	}
}
