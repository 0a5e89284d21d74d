package dev.gasket.debug.ui.presentation;

import org.eclipse.core.runtime.IAdapterFactory;
import org.eclipse.debug.ui.actions.IRunToLineTarget;

/** Gives the generic editor (the Gasket editor) a Run to Line target; it acts only on Gasket debug sessions. */
public class RunToLineTargetFactory implements IAdapterFactory {
	private final IRunToLineTarget target = new GasketRunToLineTarget();

	@Override
	public <T> T getAdapter(Object adaptable, Class<T> adapterType) {
		return adapterType == IRunToLineTarget.class ? adapterType.cast(target) : null;
	}

	@Override
	public Class<?>[] getAdapterList() {
		return new Class<?>[] { IRunToLineTarget.class };
	}
}
