package dev.gasket.debug.ui.disassembly;

import java.util.List;
import java.util.Optional;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.part.ViewPart;

import dev.gasket.debug.model.GasketDebugTarget;
import dev.gasket.debug.model.GasketStackFrame;
import dev.gasket.debug.model.GasketThread;
import dev.gasket.debug.model.state.DisassembledLine;
import dev.gasket.debug.model.state.Disassembly;

/**
 * The instructions around the selected Gasket frame, decoded from the emulated memory in the CPU's current mode:
 * address, bytes, AT&T text and source line, the instruction at RIP marked. It follows the Debug view's selection
 * and refreshes at every suspend.
 */
public class DisassemblyView extends ViewPart {
	public static final String ID = "dev.gasket.debug.ui.disassembly";
	static final int BEFORE = 10;
	static final int AFTER = 20;
	static final String NOTHING_SELECTED = "Select a suspended Gasket CPU or stack frame in the Debug view.";

	private TableViewer viewer;
	private FrameFollower follower;
	/** Only the latest request's answer is shown: stepping fast queues several. */
	private long request;

	@Override
	public void createPartControl(Composite parent) {
		viewer = new TableViewer(parent, SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
		viewer.getTable().setHeaderVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		DisassemblyLabels.addColumns(viewer);
		follower = new FrameFollower(getSite().getWorkbenchWindow(), this::show);
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}

	@Override
	public void dispose() {
		follower.dispose();
		super.dispose();
	}

	/** The decoding runs on the session's engine thread; the table changes on the UI thread. */
	private void show(Optional<GasketStackFrame> selected) {
		long thisRequest = ++request;
		if (selected.isEmpty()) {
			viewer.setInput(List.of());
			setContentDescription(NOTHING_SELECTED);
			return;
		}
		GasketStackFrame frame = selected.get();
		GasketDebugTarget target = (GasketDebugTarget) frame.getDebugTarget();
		long address = frame.address();
		String description = frame.getName() + (frame.getThread() instanceof GasketThread cpu ? " (" + cpu.getName() + ")" : "");
		Display display = viewer.getControl().getDisplay();
		target.onEngineThread(() -> Disassembly.around(target.session(), address, BEFORE, AFTER)).whenComplete((lines, failure) -> display
				.asyncExec(() -> {
					if (viewer.getControl().isDisposed() || thisRequest != request) {
						return;
					}
					if (failure != null) {
						viewer.setInput(List.of());
						setContentDescription("Cannot disassemble at " + String.format("0x%x", address) + ": " + failure.getMessage());
						return;
					}
					viewer.setInput(lines);
					setContentDescription(description);
					lines.stream().filter(line -> line.address() == address).findFirst()
							.ifPresent(line -> viewer.setSelection(new StructuredSelection(line), true));
				}));
	}

	/** What the table shows now, for tests and accessibility tools. */
	public List<DisassembledLine> shownLines() {
		Object input = viewer.getInput();
		return input instanceof List<?> lines ? lines.stream().map(DisassembledLine.class::cast).toList() : List.of();
	}
}
