package dev.gasket.debug.ui.presentation;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.DebugException;
import org.eclipse.debug.core.model.IBreakpoint;
import org.eclipse.debug.core.model.IDebugTarget;
import org.eclipse.debug.core.model.IRegisterGroup;
import org.eclipse.debug.core.model.IStackFrame;
import org.eclipse.debug.core.model.IThread;
import org.eclipse.debug.core.model.IValue;
import org.eclipse.debug.core.model.IVariable;
import org.eclipse.debug.ui.IDebugModelPresentation;
import org.eclipse.debug.ui.IValueDetailListener;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.IEditorInput;

import dev.gasket.debug.ui.breakpoints.BreakpointLabels;

/**
 * How the debug views show the Gasket model ({@code dev.gasket.debug}): labels and images of the target, CPUs,
 * frames, registers, variables and breakpoints, and the generic editor for every source.
 */
public class GasketModelPresentation extends LabelProvider implements IDebugModelPresentation {
	/** The only attribute the views set is "show type names"; Gasket values are untyped bytes, so there is nothing to show. */
	@Override
	public void setAttribute(String attribute, Object value) {
	}

	@Override
	public String getText(Object element) {
		try {
			if (element instanceof IDebugTarget target) {
				return DebugElementText.target(target);
			}
			if (element instanceof IThread thread) {
				return DebugElementText.thread(thread);
			}
			if (element instanceof IStackFrame frame) {
				return DebugElementText.frame(frame);
			}
			if (element instanceof IRegisterGroup group) {
				return group.getName();
			}
			if (element instanceof IVariable variable) {
				return DebugElementText.variable(variable);
			}
			if (element instanceof IBreakpoint breakpoint) {
				return BreakpointLabels.label(breakpoint);
			}
		} catch (CoreException e) {
			return "<" + e.getStatus().getMessage() + ">";
		}
		return null;
	}

	@Override
	public Image getImage(Object element) {
		if (element instanceof IBreakpoint breakpoint) {
			return BreakpointLabels.image(breakpoint);
		}
		return DebugElementImages.of(element);
	}

	@Override
	public void computeDetail(IValue value, IValueDetailListener listener) {
		String detail;
		try {
			detail = value.getValueString();
		} catch (DebugException e) {
			detail = e.getStatus().getMessage();
		}
		listener.detailComputed(value, detail);
	}

	@Override
	public IEditorInput getEditorInput(Object element) {
		return SourceEditors.inputFor(element);
	}

	@Override
	public String getEditorId(IEditorInput input, Object element) {
		return SourceEditors.EDITOR_ID;
	}
}
