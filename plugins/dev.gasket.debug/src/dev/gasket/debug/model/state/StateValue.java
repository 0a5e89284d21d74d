package dev.gasket.debug.model.state;

import org.eclipse.debug.core.DebugException;
import org.eclipse.debug.core.model.DebugElement;
import org.eclipse.debug.core.model.IValue;
import org.eclipse.debug.core.model.IVariable;

import dev.gasket.debug.model.GasketDebugModel;

/** The live value of a {@link StateVariable}: its text and its children. */
class StateValue extends DebugElement implements IValue {

	protected final StateVariable variable;

	StateValue(StateVariable variable) {
		super(variable.getDebugTarget());
		this.variable = variable;
	}

	@Override
	public String getModelIdentifier() {
		return GasketDebugModel.ID;
	}

	@Override
	public String getReferenceTypeName() throws DebugException {
		return variable.getReferenceTypeName();
	}

	@Override
	public String getValueString() {
		return variable.text(variable.context.live());
	}

	@Override
	public boolean isAllocated() {
		return true;
	}

	@Override
	public IVariable[] getVariables() {
		return variable.children();
	}

	@Override
	public boolean hasVariables() {
		return variable.hasChildren();
	}

	@Override
	public String toString() {
		return getValueString();
	}
}
