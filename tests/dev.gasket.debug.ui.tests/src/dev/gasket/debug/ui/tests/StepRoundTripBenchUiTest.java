package dev.gasket.debug.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.TreeSet;

import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.debug.core.model.IRegisterGroup;
import org.eclipse.debug.core.model.IVariable;
import org.eclipse.debug.ui.IDebugUIConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

import dev.gasket.debug.engine.DebugSession;
import dev.gasket.debug.engine.SessionStopReason;
import dev.gasket.debug.launch.LaunchAttributes;
import dev.gasket.debug.launch.LaunchSettings;
import dev.gasket.debug.model.GasketStackFrame;

/**
 * The step round trip in the workbench: Step Into (F5) → the suspend event → the Debug view showing the new line and
 * the Registers view the new RIP (the Variables view's refill timed where it happens); against the engine's bare line
 * step in the same process.
 * The CPU spins in lock_spin64 (tr_lock taken), so every step is a real one-line step. Run with
 * {@code ./mvnw -o verify -pl tests/dev.gasket.debug.ui.tests -Dgasket.bench=true -Dtest=StepRoundTripBenchUiTest}.
 */
@EnabledIfSystemProperty(named = "gasket.bench", matches = "true")
class StepRoundTripBenchUiTest {
	static final int WARM_UP = 20;
	static final int STEPS = 200;

	@TempDir
	Path temporary;
	private TrampolineProject trampoline;
	private DebugSessions sessions;
	private ILaunchConfiguration spinning;

	@BeforeEach
	void suspendInTheSpinLoop() throws Exception {
		trampoline = TrampolineProject.importCopy(temporary);
		DebugSessions.openDebugPerspective();
		DebugLayout.showRegistersBelowVariables();
		EditorProbe probe = new EditorProbe(trampoline.open(trampoline.source()));
		int pause = trampoline.lineAfter("\tpause", trampoline.lineOf("\tlock btsl $0, tr_lock(%rip)"));
		probe.doubleClickRuler(pause);
		ILaunchConfigurationWorkingCopy copy = DebuggingTheTrampolineUiTest.example("trampoline-b-long4-x86s").copy("spinning on tr_lock");
		copy.setAttribute(LaunchAttributes.ASSIGNMENTS, List.of("tr_lock=1"));
		spinning = copy.doSave();
		sessions = new DebugSessions();
		sessions.launchAndWaitForSuspend(spinning);
		assertEquals(pause, sessions.topLine());
		DebugLayout.open(DebugLayout.tree(IDebugUIConstants.ID_REGISTER_VIEW), "General", "rip");
	}

	@AfterEach
	void end() throws Exception {
		sessions.terminateAll();
		spinning.delete();
		trampoline.dispose();
	}

	@Test
	void stepRoundTripAgainstTheEnginesBareStep() throws Exception {
		Tree debug = DebugLayout.tree(IDebugUIConstants.ID_DEBUG_VIEW);
		Tree registers = DebugLayout.tree(IDebugUIConstants.ID_REGISTER_VIEW);
		Tree variables = DebugLayout.tree(IDebugUIConstants.ID_VARIABLE_VIEW);
		long[] variablesFilled = new long[1];
		variables.addListener(SWT.SetData, event -> variablesFilled[0] = System.nanoTime());

		List<Long> toSuspend = new ArrayList<>();
		List<Long> toViews = new ArrayList<>();
		List<Long> toVariables = new ArrayList<>();
		Set<Integer> lines = new TreeSet<>();
		for (int step = 0; step < WARM_UP + STEPS; step++) {
			int before = sessions.suspendCount();
			sessions.awaitEnabled(DebuggingTheTrampolineUiTest.STEP_INTO);
			long start = System.nanoTime();
			Ui.execute(DebuggingTheTrampolineUiTest.STEP_INTO);
			Ui.waitUntil("the step suspends", () -> sessions.suspendCount() > before && sessions.thread().isSuspended());
			long suspended = sessions.lastSuspendNanos();
			int line = sessions.topLine();
			String rip = rip((GasketStackFrame) sessions.thread().getTopStackFrame());
			Ui.waitUntil("the Debug and Registers views show line " + line + " and rip " + rip,
					() -> selectedFrameLabel(debug).endsWith("trampoline_64.S:" + line) && ripShown(registers).equals(Optional.of(rip)));
			long updated = System.nanoTime();
			boolean variablesRefilled = settles(() -> variablesFilled[0] > suspended);
			if (step >= WARM_UP) {
				toSuspend.add(suspended - start);
				toViews.add(updated - start);
				if (variablesRefilled) {
					toVariables.add(variablesFilled[0] - start);
				}
				lines.add(line);
			}
		}
		List<Long> engine = bareEngineSteps();
		assertTrue(lines.size() >= 3, "the steps went round the spin loop: " + lines);
		for (int i = 0; i < STEPS; i++) {
			assertTrue(toViews.get(i) >= toSuspend.get(i), "views update after the suspend event");
		}
		System.out.printf("gasket bench: step round trip in the workbench, %d Step Into commands (after %d warm-up) in lock_spin64%n", STEPS, WARM_UP);
		report("command -> suspend event", toSuspend);
		report("command -> Debug view shows the line and Registers view the new rip", toViews);
		report("command -> Variables view refilled (" + toVariables.size() + " of " + STEPS + " steps)", toVariables);
		report("engine's bare line step (DebugSession.stepLine, same process)", engine);
	}

	/** The same program, settings and loop on a session of its own, stepped directly: what the engine itself costs. */
	private List<Long> bareEngineSteps() throws Exception {
		DebugSession session = DebugSession.start(LaunchSettings.read(spinning).session(), Files.createDirectories(temporary.resolve("bare")));
		session.addBreakpoint("lock_spin64", Optional.empty());
		assertEquals(SessionStopReason.BREAKPOINT, session.resume(1_000_000).reason());
		List<Long> times = new ArrayList<>();
		for (int step = 0; step < WARM_UP + STEPS; step++) {
			long start = System.nanoTime();
			assertEquals(SessionStopReason.STEP_END, session.stepLine(1_000_000).reason());
			if (step >= WARM_UP) {
				times.add(System.nanoTime() - start);
			}
		}
		return times;
	}

	/**
	 * Whether {@code condition} holds within a short while, keeping the UI running: the Variables view refills its
	 * rows after a suspend, but (its values unchanged in this loop) not always, so its time is recorded when it does.
	 */
	private static boolean settles(BooleanSupplier condition) {
		long deadline = System.nanoTime() + 500_000_000L;
		while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
			if (!Display.getCurrent().readAndDispatch()) {
				Display.getCurrent().timerExec(5, () -> { });
				Display.getCurrent().sleep();
			}
		}
		return condition.getAsBoolean();
	}

	private static String rip(GasketStackFrame frame) throws Exception {
		for (IRegisterGroup group : frame.getRegisterGroups()) {
			if (group.getName().equals("General")) {
				return Arrays.stream(group.getRegisters()).filter(register -> "rip".equals(name(register))).findFirst().orElseThrow()
						.getValue().getValueString();
			}
		}
		throw new AssertionError("no General register group");
	}

	private static String name(IVariable variable) {
		try {
			return variable.getName();
		} catch (Exception e) {
			return "";
		}
	}

	private static String selectedFrameLabel(Tree debug) {
		TreeItem[] selection = debug.getSelection();
		return selection.length == 1 ? selection[0].getText() : "";
	}

	private static Optional<String> ripShown(Tree registers) {
		return DebugLayout.item(registers.getItems(), "General").flatMap(general -> DebugLayout.item(general.getItems(), "rip"))
				.map(rip -> rip.getText(1));
	}

	private static void report(String what, List<Long> nanos) {
		System.out.printf("  %-72s median %9.3f ms   p90 %9.3f ms%n", what, median(nanos) / 1e6, p90(nanos) / 1e6);
	}

	private static double median(List<Long> values) {
		return percentile(values, 50);
	}

	private static double p90(List<Long> values) {
		return percentile(values, 90);
	}

	private static double percentile(List<Long> values, int percent) {
		List<Long> sorted = values.stream().sorted().toList();
		return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(percent / 100.0 * sorted.size()) - 1));
	}
}
