package dev.gasket.debug.ui.stepping;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.State;
import org.eclipse.debug.ui.DebugUITools;
import org.eclipse.ui.handlers.RegistryToggleState;

import dev.gasket.debug.model.ISteppingModeTarget;

/**
 * Toggles instruction stepping of the target selected in the Debug view: while it is on, Step Into and Step Over go
 * one instruction instead of one source line. The platform has no such command for debug models other than CDT's.
 */
public final class InstructionSteppingHandler extends AbstractHandler {

	public static final String COMMAND_ID = "dev.gasket.debug.ui.instructionSteppingMode";

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		ISteppingModeTarget target = SteppingModeTargets.of(DebugUITools.getDebugContextForEventChecked(event))
				.orElseThrow(() -> new ExecutionException("Instruction stepping needs a Gasket emulator session selected in the Debug view"));
		boolean enabled = !target.isInstructionSteppingEnabled();
		target.enableInstructionStepping(enabled);
		State checked = event.getCommand().getState(RegistryToggleState.STATE_ID);
		if (checked != null) {
			checked.setValue(enabled);
		}
		return null;
	}
}
