package dev.gasket.debug.ui.presentation;

import java.util.Map;
import java.util.Optional;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.debug.core.model.IDebugElement;
import org.eclipse.debug.ui.DebugUITools;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.commands.IElementUpdater;
import org.eclipse.ui.menus.UIElement;

import dev.gasket.debug.model.ISteppingModeTarget;

/**
 * Instruction Stepping Mode (the Debug view's toolbar and the Run menu): Step Into and Step Over go one instruction
 * instead of one source line in the Gasket session selected in the Debug view; the button shows that session's mode.
 */
public class InstructionSteppingHandler extends AbstractHandler implements IElementUpdater {
	public static final String COMMAND_ID = "dev.gasket.debug.ui.instructionStepping";

	@Override
	public Object execute(ExecutionEvent event) {
		selectedTarget().ifPresent(target -> target.enableInstructionStepping(!target.isInstructionSteppingEnabled()));
		PlatformUI.getWorkbench().getService(ICommandService.class).refreshElements(COMMAND_ID, null);
		return null;
	}

	/** Asked whenever the workbench re-evaluates the command, e.g. when the Debug view's selection changes. */
	@Override
	public void setEnabled(Object evaluationContext) {
		setBaseEnabled(selectedTarget().isPresent());
	}

	@Override
	public void updateElement(UIElement element, @SuppressWarnings("rawtypes") Map parameters) {
		element.setChecked(selectedTarget().map(ISteppingModeTarget::isInstructionSteppingEnabled).orElse(false));
	}

	/** The debug target of the element the Debug view has selected, when it is a Gasket session that can step so. */
	static Optional<ISteppingModeTarget> selectedTarget() {
		IAdaptable context = DebugUITools.getDebugContext();
		if (context instanceof IDebugElement element && element.getDebugTarget() instanceof ISteppingModeTarget target
				&& target.supportsInstructionStepping() && !element.getDebugTarget().isTerminated()) {
			return Optional.of(target);
		}
		return Optional.empty();
	}
}
