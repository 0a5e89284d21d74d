package dev.gasket.debug.ui.stepping;

import java.util.Arrays;

import org.eclipse.core.runtime.IAdapterFactory;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.core.model.IDebugElement;
import org.eclipse.debug.core.model.IDebugTarget;
import org.eclipse.debug.core.model.IProcess;

import dev.gasket.debug.model.ISteppingModeTarget;

/**
 * Threads, frames, the process and the launch of a Gasket session adapt to its target's stepping mode, so that the
 * toggle's enablement (an {@code adapt} expression on the debug context) holds for whatever the Debug view selects.
 */
public final class SteppingModeAdapterFactory implements IAdapterFactory {

	@Override
	public <T> T getAdapter(Object adaptable, Class<T> adapterType) {
		if (adapterType != ISteppingModeTarget.class) {
			return null;
		}
		IDebugTarget[] targets = switch (adaptable) {
			case IDebugElement element -> new IDebugTarget[] { element.getDebugTarget() };
			case ILaunch launch -> launch.getDebugTargets();
			case IProcess process -> new IDebugTarget[] { process.getAdapter(IDebugTarget.class) };
			default -> new IDebugTarget[0];
		};
		return Arrays.stream(targets).filter(ISteppingModeTarget.class::isInstance).findFirst().map(adapterType::cast).orElse(null);
	}

	@Override
	public Class<?>[] getAdapterList() {
		return new Class<?>[] { ISteppingModeTarget.class };
	}
}
