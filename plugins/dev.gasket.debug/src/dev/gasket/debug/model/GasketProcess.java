package dev.gasket.debug.model;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.core.runtime.PlatformObject;
import org.eclipse.debug.core.DebugEvent;
import org.eclipse.debug.core.DebugException;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.core.model.IProcess;
import org.eclipse.debug.core.model.IStreamMonitor;
import org.eclipse.debug.core.model.IStreamsProxy;

/**
 * The emulated machine as a process of the launch, so the Console view shows the build output, what the program
 * writes to the debug console (port 0xe9) or COM1, and why it stopped. Terminating it terminates the debug target.
 */
public final class GasketProcess extends PlatformObject implements IProcess, IStreamsProxy {

	private final ILaunch launch;
	private final String label;
	private final ConsoleStream output = new ConsoleStream();
	private final ConsoleStream errors = new ConsoleStream();
	private final Map<String, String> attributes = new HashMap<>();
	private volatile GasketDebugTarget target;
	private volatile boolean terminated;
	private volatile int exitValue;

	/** Creates the process and adds it to {@code launch}. */
	public GasketProcess(ILaunch launch, String label) {
		this.launch = launch;
		this.label = label;
		attributes.put(ATTR_PROCESS_TYPE, GasketDebugModel.PROCESS_TYPE);
		launch.addProcess(this);
		fire(DebugEvent.CREATE);
	}

	void attach(GasketDebugTarget debugTarget) {
		target = debugTarget;
	}

	/** A line on the console's output stream. */
	public void print(String line) {
		output.appendLine(line);
	}

	/** A line on the console's error stream (build errors, faults). */
	public void printError(String line) {
		errors.appendLine(line);
	}

	/** Marks the process ended, e.g. after a failed build or when its target terminated. */
	public void ended(int exit) {
		if (terminated) {
			return;
		}
		exitValue = exit;
		terminated = true;
		fire(DebugEvent.TERMINATE);
	}

	@Override
	public String getLabel() {
		return label;
	}

	@Override
	public ILaunch getLaunch() {
		return launch;
	}

	@Override
	public IStreamsProxy getStreamsProxy() {
		return this;
	}

	@Override
	public IStreamMonitor getErrorStreamMonitor() {
		return errors;
	}

	@Override
	public IStreamMonitor getOutputStreamMonitor() {
		return output;
	}

	/** The emulated program has no console input. */
	@Override
	public void write(String input) {
	}

	@Override
	public synchronized void setAttribute(String key, String value) {
		attributes.put(key, value);
	}

	@Override
	public synchronized String getAttribute(String key) {
		return attributes.get(key);
	}

	@Override
	public int getExitValue() throws DebugException {
		if (!terminated) {
			throw new DebugException(GasketDebugModel.status(DebugException.TARGET_REQUEST_FAILED, label + " is still running"));
		}
		return exitValue;
	}

	@Override
	public boolean canTerminate() {
		return !terminated;
	}

	@Override
	public boolean isTerminated() {
		return terminated;
	}

	@Override
	public void terminate() throws DebugException {
		GasketDebugTarget debugTarget = target;
		if (debugTarget != null) {
			debugTarget.terminate();
		} else {
			ended(0);
		}
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		if (adapter.isInstance(target)) {
			return adapter.cast(target);
		}
		if (adapter == ILaunch.class) {
			return adapter.cast(launch);
		}
		return super.getAdapter(adapter);
	}

	private void fire(int kind) {
		DebugPlugin plugin = DebugPlugin.getDefault();
		if (plugin != null) {
			plugin.fireDebugEventSet(new DebugEvent[] { new DebugEvent(this, kind) });
		}
	}
}
