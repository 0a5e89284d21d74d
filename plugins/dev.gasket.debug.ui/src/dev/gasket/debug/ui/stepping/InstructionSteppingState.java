package dev.gasket.debug.ui.stepping;

import java.util.Optional;

import org.eclipse.debug.ui.DebugUITools;
import org.eclipse.debug.ui.contexts.DebugContextEvent;
import org.eclipse.debug.ui.contexts.IDebugContextListener;
import org.eclipse.jface.commands.ToggleState;

import dev.gasket.debug.model.ISteppingModeTarget;

/**
 * The checked state of "Instruction Stepping Mode": the mode of the target selected in the Debug view, followed as
 * the selection changes. Menu and toolbar items of the toggle show it; nothing is persisted, the target holds the mode.
 */
public final class InstructionSteppingState extends ToggleState implements IDebugContextListener {

	public InstructionSteppingState() {
		setShouldPersist(false);
		DebugUITools.getDebugContextManager().addDebugContextListener(this);
		show(SteppingModeTargets.of(DebugUITools.getDebugContext()));
	}

	@Override
	public void debugContextChanged(DebugContextEvent event) {
		show(SteppingModeTargets.of(event.getContext()));
	}

	/** Off when the context stands for no target. */
	private void show(Optional<ISteppingModeTarget> target) {
		Boolean enabled = target.map(ISteppingModeTarget::isInstructionSteppingEnabled).orElse(false);
		if (!enabled.equals(getValue())) {
			setValue(enabled);
		}
	}

	@Override
	public void dispose() {
		DebugUITools.getDebugContextManager().removeDebugContextListener(this);
		super.dispose();
	}
}
