package dev.gasket.debug.model;

import org.eclipse.debug.core.model.IRegisterGroup;
import org.eclipse.debug.core.model.IStackFrame;
import org.eclipse.debug.core.model.IVariable;

/** Registers and data symbols of a suspended machine for the frames; none until the state views are wired in. */
final class MachineStates {

	IRegisterGroup[] registerGroups(IStackFrame frame) {
		return new IRegisterGroup[0];
	}

	IVariable[] dataSymbols(IStackFrame frame) {
		return new IVariable[0];
	}

	/** On the engine thread after each stop, before the suspend event. */
	void suspended() {
	}
}
