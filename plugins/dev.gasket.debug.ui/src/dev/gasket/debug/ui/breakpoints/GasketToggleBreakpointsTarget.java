package dev.gasket.debug.ui.breakpoints;

import java.util.Optional;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.model.IBreakpoint;
import org.eclipse.debug.ui.actions.IToggleBreakpointsTargetExtension2;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.xtext.util.CancelIndicator;

import dev.gasket.debug.model.GasketLineBreakpoint;
import dev.gasket.debug.model.GasketWatchpoint;
import dev.gasket.lang.ui.model.GasmDocumentModel;

/**
 * Toggles Gasket line breakpoints (ruler double-click, Run > Toggle Breakpoint, Ctrl+Shift+B) and watchpoints (Toggle
 * Watchpoint) in the Gasket editor. A line without code is refused with a message in the status line.
 */
public final class GasketToggleBreakpointsTarget implements IToggleBreakpointsTargetExtension2 {

	@Override
	public void toggleLineBreakpoints(IWorkbenchPart part, ISelection selection) throws CoreException {
		Optional<SourceEditor> source = SourceEditor.of(part);
		if (source.isEmpty() || !(selection instanceof ITextSelection text)) {
			return;
		}
		SourceEditor editor = source.get();
		int line = editor.lineOf(text);
		Optional<IBreakpoint> existing = GasketBreakpoints.at(editor.file(), line);
		if (existing.isPresent()) {
			existing.get().delete();
			StatusLine.clear(part);
			return;
		}
		// no answer (the text changed while parsing) lets the breakpoint through: the session reports lines without code
		Optional<String> noCode = GasmDocumentModel.of(editor.document())
				.readCurrent(resource -> CodeLines.whyNoCode(resource, line).orElse(null), CancelIndicator.NullImpl);
		if (noCode.isPresent()) {
			StatusLine.showError(part, "No breakpoint on line " + line + " of " + editor.file().getName() + ": " + noCode.get());
			return;
		}
		DebugPlugin.getDefault().getBreakpointManager().addBreakpoint(new GasketLineBreakpoint(editor.file(), line));
		StatusLine.clear(part);
	}

	@Override
	public boolean canToggleLineBreakpoints(IWorkbenchPart part, ISelection selection) {
		return selection instanceof ITextSelection && SourceEditor.of(part).isPresent();
	}

	@Override
	public void toggleWatchpoints(IWorkbenchPart part, ISelection selection) throws CoreException {
		Optional<SourceEditor> source = SourceEditor.of(part);
		if (source.isEmpty() || !(selection instanceof ITextSelection text)) {
			return;
		}
		try {
			WatchedSymbol symbol = WatchTargets.at(source.get().document(), text.getOffset());
			Optional<GasketWatchpoint> existing = GasketBreakpoints.watching(symbol.name(), symbol.file());
			if (existing.isPresent()) {
				existing.get().delete();
			} else {
				DebugPlugin.getDefault().getBreakpointManager().addBreakpoint(new GasketWatchpoint(symbol.file(), symbol.line(), symbol.name()));
			}
			StatusLine.clear(part);
		} catch (BreakpointRefusal refusal) {
			StatusLine.showError(part, refusal.getMessage());
		}
	}

	@Override
	public boolean canToggleWatchpoints(IWorkbenchPart part, ISelection selection) {
		return canToggleLineBreakpoints(part, selection);
	}

	@Override
	public void toggleMethodBreakpoints(IWorkbenchPart part, ISelection selection) {
		// assembly has no methods: only line breakpoints and watchpoints
	}

	@Override
	public boolean canToggleMethodBreakpoints(IWorkbenchPart part, ISelection selection) {
		return false;
	}

	@Override
	public void toggleBreakpoints(IWorkbenchPart part, ISelection selection) throws CoreException {
		toggleLineBreakpoints(part, selection);
	}

	@Override
	public boolean canToggleBreakpoints(IWorkbenchPart part, ISelection selection) {
		return canToggleLineBreakpoints(part, selection);
	}

	@Override
	public void toggleBreakpointsWithEvent(IWorkbenchPart part, ISelection selection, Event event) throws CoreException {
		toggleLineBreakpoints(part, selection);
	}

	@Override
	public boolean canToggleBreakpointsWithEvent(IWorkbenchPart part, ISelection selection, Event event) {
		return canToggleLineBreakpoints(part, selection);
	}
}
