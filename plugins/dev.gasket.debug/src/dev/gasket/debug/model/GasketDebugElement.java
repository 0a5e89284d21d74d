package dev.gasket.debug.model;

import org.eclipse.debug.core.DebugException;
import org.eclipse.debug.core.model.DebugElement;

/** The common part of the Gasket target, thread and frames: model identifier and target. */
abstract class GasketDebugElement extends DebugElement {

	GasketDebugElement(GasketDebugTarget target) {
		super(target);
	}

	@Override
	public String getModelIdentifier() {
		return GasketDebugModel.ID;
	}

	void fireCreated() {
		fireCreationEvent();
	}

	void fireTerminated() {
		fireTerminateEvent();
	}

	GasketDebugTarget gasketTarget() {
		return (GasketDebugTarget) getDebugTarget();
	}

	static DebugException notSupported(String what) {
		return new DebugException(GasketDebugModel.status(DebugException.NOT_SUPPORTED, what + " is not supported by the Gasket emulator"));
	}
}
