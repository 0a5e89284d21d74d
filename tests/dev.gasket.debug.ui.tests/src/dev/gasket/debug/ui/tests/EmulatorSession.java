package dev.gasket.debug.ui.tests;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.debug.core.DebugEvent;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.IDebugEventSetListener;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.debug.core.ILaunchManager;
import org.eclipse.debug.core.model.IThread;
import org.eclipse.debug.ui.DebugUITools;
import org.eclipse.debug.ui.IDebugUIConstants;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;

import dev.gasket.debug.engine.StartState;
import dev.gasket.debug.launch.LaunchAttributes;
import dev.gasket.debug.model.GasketDebugModel;
import dev.gasket.debug.model.GasketDebugTarget;
import dev.gasket.debug.model.GasketProcess;
import dev.gasket.debug.model.GasketStackFrame;
import dev.gasket.debug.model.GasketThread;
import dev.gasket.x86.cpu.CpuModel;

/**
 * A Gasket launch in the workbench, configured as the launch dialog saves it, in the Debug perspective (no switch
 * prompts): suspends of its CPU are counted so a test can wait for the next one; terminated and removed at the end.
 */
final class EmulatorSession implements AutoCloseable {
	static final String TRAMPOLINE = "/trampoline/trampoline_64.S";
	private static final String NEVER_PROMPT = "never";

	private final ILaunchConfiguration configuration;
	private final AtomicInteger suspends = new AtomicInteger();
	private final IDebugEventSetListener counter = this::count;
	private ILaunch launch;

	private EmulatorSession(ILaunchConfiguration configuration) {
		this.configuration = configuration;
	}

	/** The trampoline example as the scenarios start it: long mode, 4-level paging, tr_cr4 asking for 5 levels. */
	static ILaunchConfigurationWorkingCopy trampoline() throws CoreException {
		return configuration(TRAMPOLINE, "trampoline_start64", List.of("tr_cr4=0x1000"));
	}

	static ILaunchConfigurationWorkingCopy configuration(String source, String entry, List<String> assignments) throws CoreException {
		ILaunchManager manager = DebugPlugin.getDefault().getLaunchManager();
		ILaunchConfigurationWorkingCopy configuration = manager.getLaunchConfigurationType(GasketDebugModel.LAUNCH_TYPE)
				.newInstance(null, manager.generateLaunchConfigurationName("dconsole"));
		configuration.setAttribute(LaunchAttributes.SOURCES, List.of(source));
		configuration.setAttribute(LaunchAttributes.ENTRY, entry);
		configuration.setAttribute(LaunchAttributes.START_STATE, StartState.LONG4.name());
		configuration.setAttribute(LaunchAttributes.CPU_MODEL, CpuModel.LEGACY.name());
		configuration.setAttribute(LaunchAttributes.ASSIGNMENTS, assignments);
		configuration.setAttribute(LaunchAttributes.STOP_AT_ENTRY, true);
		return configuration;
	}

	/** Launches in debug mode and waits for the suspend at the entry. */
	static EmulatorSession start(ILaunchConfiguration configuration) throws Exception {
		EmulatorSession session = begin(configuration);
		session.awaitSuspends(1);
		return session;
	}

	/** Launches in debug mode; the launch's own exception (a failed build) is the caller's to expect. */
	static EmulatorSession begin(ILaunchConfiguration configuration) throws Exception {
		debugPerspectiveWithoutPrompts();
		EmulatorSession session = new EmulatorSession(configuration);
		DebugPlugin.getDefault().addDebugEventListener(session.counter);
		try {
			session.launch = configuration.launch(ILaunchManager.DEBUG_MODE, new NullProgressMonitor());
		} catch (CoreException failed) {
			session.launch = lastLaunchOf(configuration);
			throw new LaunchFailed(session, failed);
		}
		return session;
	}

	/** A launch that failed, with the session that remains of it (its process and console) to look at and close. */
	static final class LaunchFailed extends Exception {
		private static final long serialVersionUID = 1L;
		final transient EmulatorSession session;

		LaunchFailed(EmulatorSession session, CoreException cause) {
			super(cause.getMessage(), cause);
			this.session = session;
		}
	}

	ILaunch launch() {
		return launch;
	}

	GasketProcess process() {
		return (GasketProcess) launch.getProcesses()[0];
	}

	GasketDebugTarget target() {
		return (GasketDebugTarget) launch.getDebugTarget();
	}

	GasketThread thread() {
		return (GasketThread) target().getThreads()[0];
	}

	GasketStackFrame top() {
		return (GasketStackFrame) thread().getTopStackFrame();
	}

	/** Runs a command (e.g. Step Into) and waits until the CPU suspended once more. */
	void stepWith(String commandId) throws Exception {
		int before = suspends.get();
		Ui.waitUntil(commandId + " is enabled", () -> PlatformUI.getWorkbench().getService(ICommandService.class).getCommand(commandId).isEnabled());
		Ui.execute(commandId);
		awaitSuspends(before + 1);
	}

	void awaitSuspends(int count) {
		Ui.waitUntil("the CPU suspended " + count + " time(s)", () -> suspends.get() >= count && thread().isSuspended());
	}

	/** Runs a call on the engine thread, as the model does, while suspended. */
	<T> T onEngine(Callable<T> call) throws Exception {
		return target().onEngineThread(call).get(Ui.BOUND.toSeconds(), TimeUnit.SECONDS);
	}

	private void count(DebugEvent[] events) {
		for (DebugEvent event : events) {
			if (event.getKind() == DebugEvent.SUSPEND && event.getSource() instanceof IThread thread
					&& thread.getLaunch().getLaunchConfiguration() == configuration) {
				suspends.incrementAndGet();
			}
		}
	}

	private static ILaunch lastLaunchOf(ILaunchConfiguration configuration) {
		ILaunch[] launches = DebugPlugin.getDefault().getLaunchManager().getLaunches();
		for (int i = launches.length - 1; i >= 0; i--) {
			if (launches[i].getLaunchConfiguration() == configuration) {
				return launches[i];
			}
		}
		throw new AssertionError("the failed launch of " + configuration.getName() + " is not in the launch manager");
	}

	private static void debugPerspectiveWithoutPrompts() throws Exception {
		IPreferenceStore preferences = DebugUITools.getPreferenceStore();
		preferences.setValue(IDebugUIConstants.PLUGIN_ID + ".switch_to_perspective", NEVER_PROMPT);
		preferences.setValue(IDebugUIConstants.PLUGIN_ID + ".switch_perspective_on_suspend", NEVER_PROMPT);
		PlatformUI.getWorkbench().showPerspective(IDebugUIConstants.ID_DEBUG_PERSPECTIVE, PlatformUI.getWorkbench().getActiveWorkbenchWindow());
		Ui.flushEvents();
	}

	@Override
	public void close() throws Exception {
		DebugPlugin.getDefault().removeDebugEventListener(counter);
		if (launch != null) {
			if (!launch.isTerminated()) {
				launch.terminate();
			}
			DebugPlugin.getDefault().getLaunchManager().removeLaunch(launch);
		}
		Ui.flushEvents();
	}
}
