package dev.gasket.debug.ui.stepping;

import java.util.Optional;

import org.eclipse.core.runtime.Adapters;
import org.eclipse.debug.core.model.IDebugTarget;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;

import dev.gasket.debug.model.ISteppingModeTarget;

/** The target whose stepping mode a debug context (the Debug view's selection) stands for. */
public final class SteppingModeTargets {

	private SteppingModeTargets() {
	}

	/** Empty unless the context is one element that adapts to a live target able to step by instruction. */
	public static Optional<ISteppingModeTarget> of(ISelection context) {
		if (!(context instanceof IStructuredSelection selection) || selection.size() != 1) {
			return Optional.empty();
		}
		return of(selection.getFirstElement());
	}

	/** A Gasket debug target, thread, frame, process or launch: its target, unless terminated; empty for null. */
	public static Optional<ISteppingModeTarget> of(Object element) {
		if (element == null) {
			return Optional.empty();
		}
		return Optional.ofNullable(Adapters.adapt(element, ISteppingModeTarget.class))
				.filter(ISteppingModeTarget::supportsInstructionStepping)
				.filter(target -> !(target instanceof IDebugTarget debugTarget && debugTarget.isTerminated()));
	}
}
