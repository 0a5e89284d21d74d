package dev.gasket.debug.ui.breakpoints;

import java.util.Set;

import org.eclipse.debug.ui.actions.IToggleBreakpointsTarget;
import org.eclipse.debug.ui.actions.IToggleBreakpointsTargetFactory;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.ui.IWorkbenchPart;

/** Offers {@link GasketToggleBreakpointsTarget} for the Gasket editor (the generic editor on assembly files). */
public final class GasketToggleBreakpointsTargetFactory implements IToggleBreakpointsTargetFactory {
	public static final String TARGET_ID = "dev.gasket.debug.ui.breakpoints.toggleTarget";

	@Override
	public Set<String> getToggleTargets(IWorkbenchPart part, ISelection selection) {
		return SourceEditor.of(part).isPresent() ? Set.of(TARGET_ID) : Set.of();
	}

	@Override
	public String getDefaultToggleTarget(IWorkbenchPart part, ISelection selection) {
		return SourceEditor.of(part).isPresent() ? TARGET_ID : null;
	}

	@Override
	public IToggleBreakpointsTarget createToggleTarget(String targetId) {
		return TARGET_ID.equals(targetId) ? new GasketToggleBreakpointsTarget() : null;
	}

	@Override
	public String getToggleTargetName(String targetId) {
		return "Gasket Breakpoints";
	}

	@Override
	public String getToggleTargetDescription(String targetId) {
		return "Line breakpoints and data watchpoints for the Gasket x86 emulator";
	}
}
