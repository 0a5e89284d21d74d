package dev.gasket.debug.ui.tests;

import java.util.Arrays;
import java.util.Iterator;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import org.eclipse.core.commands.Command;
import org.eclipse.debug.core.DebugEvent;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.IDebugEventSetListener;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchManager;
import org.eclipse.debug.core.model.IDebugTarget;
import org.eclipse.debug.core.model.IStackFrame;
import org.eclipse.debug.ui.DebugUITools;
import org.eclipse.debug.ui.IDebugUIConstants;
import org.eclipse.jface.dialogs.MessageDialogWithToggle;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.console.IConsole;
import org.eclipse.ui.console.TextConsole;
import org.eclipse.ui.texteditor.ITextEditor;

import dev.gasket.debug.model.GasketThread;

/**
 * A Gasket launch driven as a user drives it: launched from its configuration in the Debug perspective, stepped through
 * the platform's commands (what F5/F6/Ctrl+R run), watched through its events, the editor and the Console.
 */
final class DebugSessions implements IDebugEventSetListener {
	static final String INSTRUCTION_POINTER = "org.eclipse.debug.ui.currentIP";
	static final String ENGINE_THREAD_PREFIX = "Gasket engine: ";

	/** How often a run command is tried before the test gives up on it, and how long each try may take to start. */
	private static final int MAX_ATTEMPTS = 3;
	private static final long COMMAND_START_NANOS = 3_000_000_000L;

	private final AtomicInteger suspends = new AtomicInteger();
	private final AtomicInteger resumes = new AtomicInteger();
	private volatile long lastSuspendNanos;
	private ILaunch launch;

	DebugSessions() {
		DebugPlugin.getDefault().addDebugEventListener(this);
	}

	/** The Debug perspective, without the questions a first debug launch asks (switch perspective, launch with errors). */
	static void openDebugPerspective() throws Exception {
		IPreferenceStore preferences = DebugUITools.getPreferenceStore();
		preferences.setValue("org.eclipse.debug.ui.switch_to_perspective", MessageDialogWithToggle.ALWAYS);
		preferences.setValue("org.eclipse.debug.ui.switch_perspective_on_suspend", MessageDialogWithToggle.ALWAYS);
		preferences.setValue("org.eclipse.debug.ui.cancel_launch_with_compile_errors", MessageDialogWithToggle.ALWAYS);
		PlatformUI.getWorkbench().showPerspective(IDebugUIConstants.ID_DEBUG_PERSPECTIVE, PlatformUI.getWorkbench().getActiveWorkbenchWindow());
		Ui.flushEvents();
	}

	@Override
	public void handleDebugEvents(DebugEvent[] events) {
		for (DebugEvent event : events) {
			if (event.getKind() == DebugEvent.SUSPEND && event.getSource() instanceof GasketThread) {
				lastSuspendNanos = System.nanoTime();
				suspends.incrementAndGet();
			}
			if (event.getKind() == DebugEvent.RESUME && event.getSource() instanceof GasketThread) {
				resumes.incrementAndGet();
			}
		}
	}

	/** Launches in debug mode and waits until the CPU suspends (at a breakpoint, a watchpoint, the entry). */
	GasketThread launchAndWaitForSuspend(ILaunchConfiguration config) {
		return startAndWaitForSuspend(config.getName(), () -> DebugUITools.launch(config, ILaunchManager.DEBUG_MODE));
	}

	/** Runs {@code start}, which launches (the only launch of the test), and waits until its CPU suspends. */
	GasketThread startAndWaitForSuspend(String what, Runnable start) {
		int before = suspends.get();
		start.run();
		Ui.waitUntil(what + " is launched", () -> debugged().isPresent());
		launch = debugged().orElseThrow();
		Ui.waitUntil(what + " suspends", () -> suspends.get() > before && thread().isSuspended());
		return thread();
	}

	private static Optional<ILaunch> debugged() {
		return Arrays.stream(DebugPlugin.getDefault().getLaunchManager().getLaunches()).filter(candidate -> candidate.getDebugTarget() != null)
				.findFirst();
	}

	ILaunch launch() {
		return launch;
	}

	GasketThread thread() {
		IDebugTarget target = launch.getDebugTarget();
		try {
			return (GasketThread) target.getThreads()[0];
		} catch (Exception e) {
			throw new AssertionError("the target has no CPU thread", e);
		}
	}

	long lastSuspendNanos() {
		return lastSuspendNanos;
	}

	int suspendCount() {
		return suspends.get();
	}

	/** Runs a debug command as its key does, once the debug context (the Debug view's selection) enables it. */
	void command(String commandId) throws Exception {
		awaitEnabled(commandId);
		Ui.execute(commandId);
	}

	/**
	 * Waits until the Debug view has selected the suspended CPU's top frame (the context the debug commands act on)
	 * and the command is enabled for it: a command run before that acts on the previous context.
	 */
	void awaitEnabled(String commandId) {
		Ui.waitUntil("the Debug view selects the suspended CPU's frame", () -> DebugUITools.getDebugContext() instanceof IStackFrame frame
				&& frame.getThread() == thread() && frame.isSuspended());
		Command command = PlatformUI.getWorkbench().getService(ICommandService.class).getCommand(commandId);
		Ui.waitUntil(commandId + " is enabled", command::isEnabled);
	}

	/**
	 * A command that lets the CPU run (step, resume, run to line), then the wait for the suspend that ends it. The
	 * debug platform updates its actions' context asynchronously, so a command run right after a suspend can act on the
	 * context before it and do nothing; then it is run again, as a user clicks again.
	 */
	GasketThread commandUntilSuspended(String commandId) throws Exception {
		int suspendsBefore = suspends.get();
		for (int attempt = 1;; attempt++) {
			int resumed = resumes.get();
			int suspended = suspends.get();
			command(commandId);
			if (attempt == MAX_ATTEMPTS || settles(() -> resumes.get() > resumed || suspends.get() > suspended)) {
				break;
			}
		}
		Ui.waitUntil(commandId + " ends in a suspend", () -> suspends.get() > suspendsBefore && thread().isSuspended());
		return thread();
	}

	private static boolean settles(BooleanSupplier condition) {
		Display display = Display.getCurrent();
		long deadline = System.nanoTime() + COMMAND_START_NANOS;
		while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
			if (!display.readAndDispatch()) {
				display.timerExec(10, () -> { });
				display.sleep();
			}
		}
		return condition.getAsBoolean();
	}

	int topLine() throws Exception {
		IStackFrame top = thread().getTopStackFrame();
		return top == null ? -1 : top.getLineNumber();
	}

	/** What the launch's process console shows: build output, port 0xe9 lines, stop reasons. */
	String console() {
		IConsole console = DebugUITools.getConsole(launch.getProcesses()[0]);
		return console instanceof TextConsole text ? text.getDocument().get() : "";
	}

	/** The 1-based line of the editor's current instruction pointer annotation. */
	static Optional<Integer> instructionPointerLine(ITextEditor editor) {
		IAnnotationModel model = editor.getDocumentProvider().getAnnotationModel(editor.getEditorInput());
		for (Iterator<Annotation> annotations = model.getAnnotationIterator(); annotations.hasNext();) {
			Annotation annotation = annotations.next();
			if (INSTRUCTION_POINTER.equals(annotation.getType())) {
				try {
					return Optional.of(editor.getDocumentProvider().getDocument(editor.getEditorInput())
							.getLineOfOffset(model.getPosition(annotation).getOffset()) + 1);
				} catch (BadLocationException e) {
					return Optional.empty();
				}
			}
		}
		return Optional.empty();
	}

	static boolean engineThreadsRunning() {
		return Thread.getAllStackTraces().keySet().stream().anyMatch(thread -> thread.isAlive() && thread.getName().startsWith(ENGINE_THREAD_PREFIX));
	}

	/** Terminates every launch, waits until they are and until no engine thread is left, and forgets them. */
	void terminateAll() throws Exception {
		ILaunchManager manager = DebugPlugin.getDefault().getLaunchManager();
		for (ILaunch running : manager.getLaunches()) {
			if (running.canTerminate()) {
				running.terminate();
			}
		}
		Ui.waitUntil("every launch terminated", () -> Arrays.stream(manager.getLaunches()).allMatch(ILaunch::isTerminated));
		Ui.waitUntil("no engine thread is left", () -> !engineThreadsRunning());
		manager.removeLaunches(manager.getLaunches());
		DebugPlugin.getDefault().removeDebugEventListener(this);
	}
}
