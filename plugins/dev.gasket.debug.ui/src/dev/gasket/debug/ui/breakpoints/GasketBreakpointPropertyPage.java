package dev.gasket.debug.ui.breakpoints;

import java.util.Optional;

import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.dialogs.PropertyPage;

import dev.gasket.debug.model.GasketLineBreakpoint;
import dev.gasket.debug.model.GasketWatchpoint;

/** Properties of a Gasket line breakpoint or watchpoint: enabled, condition, hit count, and which accesses a watchpoint stops on. */
public final class GasketBreakpointPropertyPage extends PropertyPage {
	public static final String ID = "dev.gasket.debug.ui.breakpoints.propertyPage";

	private Button enabled;
	private Text condition;
	private Text hitCount;
	private Button read;
	private Button write;

	@Override
	protected Control createContents(Composite parent) {
		noDefaultAndApplyButton();
		GasketLineBreakpoint breakpoint = breakpoint();
		Composite page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(page);
		hint(page, BreakpointLabels.label(breakpoint));
		enabled = checkbox(page, "&Enabled", is(breakpoint::isEnabled));
		condition = field(page, "&Condition:", breakpoint.getCondition());
		hint(page, "Stops only where this is non-zero, e.g. tr_lock != 0 or %eax == 0x20 && %cr4 & 0x1000");
		hitCount = field(page, "&Hit count:", breakpoint.getHitCount() == 0 ? "" : Integer.toString(breakpoint.getHitCount()));
		hint(page, "Stops on this hit and every one after it; empty stops on every hit");
		if (breakpoint instanceof GasketWatchpoint watchpoint) {
			write = checkbox(page, "Stop on &write (modification)", is(watchpoint::isModification));
			read = checkbox(page, "Stop on &read (access)", is(watchpoint::isAccess));
		}
		validate();
		return page;
	}

	@Override
	public boolean performOk() {
		GasketLineBreakpoint breakpoint = breakpoint();
		try {
			breakpoint.setEnabled(enabled.getSelection());
			breakpoint.setCondition(condition.getText());
			breakpoint.setHitCount(parsedHitCount().orElse(0));
			if (breakpoint instanceof GasketWatchpoint watchpoint) {
				watchpoint.setModification(write.getSelection());
				watchpoint.setAccess(read.getSelection());
			}
			return true;
		} catch (CoreException e) {
			setErrorMessage("Cannot change the breakpoint: " + e.getStatus().getMessage());
			return false;
		}
	}

	private void validate() {
		Optional<String> problem = ConditionSyntax.problem(condition.getText()).map(message -> "Condition: " + message).or(this::hitCountProblem);
		if (problem.isEmpty() && read != null && !read.getSelection() && !write.getSelection()) {
			problem = Optional.of("A watchpoint stops on writes, reads or both: choose at least one");
		}
		setErrorMessage(problem.orElse(null));
		setValid(problem.isEmpty());
	}

	private Optional<String> hitCountProblem() {
		if (hitCount.getText().isBlank() || parsedHitCount().isPresent()) {
			return Optional.empty();
		}
		return Optional.of("Hit count: '" + hitCount.getText().strip() + "' is not a whole number of hits (1 or more; empty for every hit)");
	}

	/** The hit count typed, when it is a non-negative whole number. */
	private Optional<Integer> parsedHitCount() {
		try {
			int count = Integer.parseInt(hitCount.getText().strip());
			return count >= 0 ? Optional.of(count) : Optional.empty();
		} catch (NumberFormatException e) {
			return Optional.empty();
		}
	}

	private GasketLineBreakpoint breakpoint() {
		return Adapters.adapt(getElement(), GasketLineBreakpoint.class);
	}

	private Text field(Composite page, String label, String value) {
		new Label(page, SWT.NONE).setText(label);
		Text text = new Text(page, SWT.BORDER | SWT.SINGLE);
		text.setText(value);
		GridDataFactory.fillDefaults().grab(true, false).hint(320, SWT.DEFAULT).applyTo(text);
		text.addModifyListener(event -> validate());
		return text;
	}

	private Button checkbox(Composite page, String label, boolean selected) {
		Button button = new Button(page, SWT.CHECK);
		button.setText(label);
		button.setSelection(selected);
		GridDataFactory.fillDefaults().span(2, 1).applyTo(button);
		button.addListener(SWT.Selection, event -> validate());
		return button;
	}

	private static void hint(Composite page, String text) {
		Label hint = new Label(page, SWT.WRAP);
		hint.setText(text);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(hint);
	}

	private interface Flag {
		boolean get() throws CoreException;
	}

	/** A marker attribute that cannot be read (its marker is gone) shows as unchecked. */
	private static boolean is(Flag flag) {
		try {
			return flag.get();
		} catch (CoreException e) {
			return false;
		}
	}
}
