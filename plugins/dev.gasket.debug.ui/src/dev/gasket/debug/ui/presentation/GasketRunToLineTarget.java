package dev.gasket.debug.ui.presentation;

import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.DebugException;
import org.eclipse.debug.core.model.IDebugElement;
import org.eclipse.debug.core.model.IDebugTarget;
import org.eclipse.debug.core.model.IStackFrame;
import org.eclipse.debug.core.model.ISuspendResume;
import org.eclipse.debug.core.model.IThread;
import org.eclipse.debug.ui.actions.IRunToLineTarget;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPart;

import dev.gasket.debug.model.GasketDebugModel;
import dev.gasket.debug.model.GasketThread;

/** Run to Line (Ctrl+R) in the Gasket editor: runs the suspended CPU to the caret's line, or the next line with code. */
public class GasketRunToLineTarget implements IRunToLineTarget {

	@Override
	public boolean canRunToLine(IWorkbenchPart part, ISelection selection, ISuspendResume target) {
		return target.canResume() && thread(target).isPresent() && selection instanceof ITextSelection
				&& part instanceof IEditorPart editor && SourceEditors.fileOf(editor.getEditorInput()).isPresent();
	}

	@Override
	public void runToLine(IWorkbenchPart part, ISelection selection, ISuspendResume target) throws CoreException {
		if (!canRunToLine(part, selection, target)) {
			return;
		}
		Path file = SourceEditors.fileOf(((IEditorPart) part).getEditorInput()).orElseThrow();
		thread(target).orElseThrow().runToLine(file, ((ITextSelection) selection).getStartLine() + 1);
	}

	/** The Gasket CPU behind what the Debug view has selected: the thread itself, a frame of it, or its target. */
	private static Optional<GasketThread> thread(ISuspendResume selected) {
		if (!(selected instanceof IDebugElement element) || !GasketDebugModel.ID.equals(element.getModelIdentifier())) {
			return Optional.empty();
		}
		IThread thread = switch (element) {
			case IThread itself -> itself;
			case IStackFrame frame -> frame.getThread();
			case IDebugTarget target -> firstThread(target);
			default -> null;
		};
		return thread instanceof GasketThread gasket ? Optional.of(gasket) : Optional.empty();
	}

	private static IThread firstThread(IDebugTarget target) {
		try {
			IThread[] threads = target.getThreads();
			return threads.length > 0 ? threads[0] : null;
		} catch (DebugException e) {
			return null;
		}
	}
}
