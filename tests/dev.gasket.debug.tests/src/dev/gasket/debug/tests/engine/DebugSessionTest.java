package dev.gasket.debug.tests.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.gasket.debug.engine.Breakpoint;
import dev.gasket.debug.engine.BuildFailedException;
import dev.gasket.debug.engine.DebugSession;
import dev.gasket.debug.engine.SessionListener;
import dev.gasket.debug.engine.SessionSettings;
import dev.gasket.debug.engine.SessionStop;
import dev.gasket.debug.engine.SessionStopReason;
import dev.gasket.debug.engine.StartState;
import dev.gasket.toolchain.ToolDiagnostic;
import dev.gasket.toolchain.build.BuildSettings;
import dev.gasket.x86.cpu.CpuState;
import dev.gasket.x86.cpu.ExceptionVector;
import dev.gasket.x86.machine.Watchpoint;

/** The engine on a real program built with GNU binutils: breakpoints, conditions, watchpoints, stepping, faults. */
class DebugSessionTest {

	private static final Path SOURCE = Path.of("resources/engine/session.S").toAbsolutePath();
	private static final long LIMIT = 100_000;
	private static final long SUSPEND_DELAY_MILLIS = 100;

	@TempDir
	Path work;

	private DebugSession session;
	private final List<String> console = new ArrayList<>();

	@BeforeEach
	void start() throws Exception {
		session = start(SessionSettings.of(BuildSettings.of(List.of(SOURCE))).withStart(StartState.LONG4));
	}

	private DebugSession start(SessionSettings settings) throws Exception {
		DebugSession started = DebugSession.start(settings, work);
		started.addListener(new SessionListener() {
			@Override
			public void console(String line) {
				console.add(line);
			}
		});
		return started;
	}

	private static int line(String marker) throws IOException {
		List<String> lines = Files.readAllLines(SOURCE);
		for (int i = 0; i < lines.size(); i++) {
			if (lines.get(i).contains("/* " + marker + " */")) {
				return i + 1;
			}
		}
		throw new AssertionError("no marker " + marker);
	}

	private String at(String marker) throws IOException {
		return SOURCE + ":" + line(marker);
	}

	@Test
	void runsToHaltAndHandsOnConsoleLines() throws IOException {
		SessionStop stop = session.resume(LIMIT);
		assertEquals(SessionStopReason.HALTED, stop.reason(), stop::toString);
		assertEquals(line("@halt"), stop.location().orElseThrow().line());
		session.flushConsole();
		assertEquals(List.of("hello", "world"), console);
		assertEquals(7, session.machine().cpu().gpr(CpuState.RBX), "helper ran");
	}

	@Test
	void lineBreakpointStopsBeforeTheLineAndNamesSymbolAndLine() throws IOException {
		session.addBreakpoint(at("@after-call"), Optional.empty());
		SessionStop stop = session.resume(LIMIT);
		assertEquals(SessionStopReason.BREAKPOINT, stop.reason(), stop::toString);
		assertEquals(line("@after-call"), stop.location().orElseThrow().line());
		assertEquals(7, session.machine().cpu().gpr(CpuState.RBX));
		assertTrue(stop.symbol().orElseThrow().startsWith("count+"), stop.symbol()::toString);
	}

	@Test
	void aLineWithoutCodeMovesToTheNextLineWithCodeAndSaysSo() throws IOException {
		Breakpoint breakpoint = session.addBreakpoint(at("@no-code"), Optional.empty());
		assertEquals(line("@print"), breakpoint.location().orElseThrow().line());
		assertTrue(breakpoint.note().contains("has no code"), breakpoint.note());
		assertEquals(line("@print"), session.resume(LIMIT).location().orElseThrow().line());
	}

	@Test
	void conditionalBreakpointStopsOnlyWhereItsConditionHolds() throws IOException {
		session.addBreakpoint(at("@store"), Optional.of("%ecx == 3"));
		SessionStop stop = session.resume(LIMIT);
		assertEquals(SessionStopReason.BREAKPOINT, stop.reason(), stop::toString);
		assertEquals(3, session.machine().cpu().gpr(CpuState.RCX));
		assertEquals(2, session.evaluate("counter"), "the store of the third round has not run yet");
	}

	@Test
	void watchpointOnADataSymbolStopsAfterTheWritingLine() throws IOException {
		session.watch("counter");
		SessionStop stop = session.resume(LIMIT);
		assertEquals(SessionStopReason.WATCHPOINT, stop.reason(), stop::toString);
		assertEquals(1, session.evaluate("counter"));
		assertEquals(line("@store") + 1, stop.location().orElseThrow().line(), "stopped after the store");
		assertEquals(session.evaluate("&counter"), stop.dataAddress().orElseThrow());
		assertTrue(stop.detail().startsWith("write to counter"), stop.detail());
		assertTrue(stop.detail().endsWith("by the instruction at session.S:" + line("@store")), stop.detail());
	}

	@Test
	void aReadWatchpointStopsAfterTheReadingLineAndUnwatchRemovesIt() throws IOException {
		Watchpoint reads = session.watch("counter", Watchpoint.Kind.READ);
		SessionStop stop = session.resume(LIMIT);
		assertEquals(SessionStopReason.WATCHPOINT, stop.reason(), stop::toString);
		assertEquals(line("@print"), stop.location().orElseThrow().line(), "the next line with code after the read");
		assertTrue(stop.detail().startsWith("read of counter"), stop.detail());
		assertTrue(stop.detail().endsWith("session.S:" + line("@read")), stop.detail());

		session.unwatch(reads);
		assertEquals(SessionStopReason.HALTED, session.resume(LIMIT).reason());
	}

	@Test
	void suspendEndsALineStepThatNeverLeavesItsLine() throws Exception {
		DebugSession spinning = start(SessionSettings.of(BuildSettings.of(List.of(SOURCE))).withStart(StartState.LONG4).withEntry("spin"));
		Thread suspender = new Thread(() -> {
			try {
				Thread.sleep(SUSPEND_DELAY_MILLIS);
			} catch (InterruptedException e) {
				return;
			}
			spinning.suspend();
		});
		suspender.start();
		SessionStop stop = spinning.stepLine(Long.MAX_VALUE / 2);
		suspender.join();
		assertEquals(SessionStopReason.SUSPENDED, stop.reason(), stop::toString);
		assertEquals(line("@spin"), stop.location().orElseThrow().line());
		assertTrue(spinning.machine().instructionCount() > 0);
	}

	@Test
	void aSuspendWhileNothingRunsStopsTheNextResumeBeforeItsFirstInstruction() {
		session.suspend();
		SessionStop stop = session.resume(LIMIT);
		assertEquals(SessionStopReason.SUSPENDED, stop.reason(), stop::toString);
		assertEquals(0, session.machine().instructionCount());
		assertEquals(SessionStopReason.HALTED, session.resume(LIMIT).reason(), "the request was answered");
	}

	@Test
	void stepOverRunsTheCallAndStepReturnLeavesTheRoutine() throws IOException {
		session.runToLine(SOURCE, line("@call"), LIMIT);
		SessionStop over = session.stepOver(LIMIT);
		assertEquals(line("@after-call"), over.location().orElseThrow().line());
		assertEquals(7, session.machine().cpu().gpr(CpuState.RBX));

		DebugSession again = restart();
		again.runToLine(SOURCE, line("@helper"), LIMIT);
		SessionStop returned = again.stepReturn(LIMIT);
		assertEquals(line("@after-call"), returned.location().orElseThrow().line());
	}

	@Test
	void stepLineMovesToTheNextSourceLine() throws IOException {
		session.runToLine(SOURCE, line("@count"), LIMIT);
		SessionStop stop = session.stepLine(LIMIT);
		assertEquals(SessionStopReason.STEP_END, stop.reason());
		assertEquals(line("@store"), stop.location().orElseThrow().line());
	}

	@Test
	void aFaultStopsAtItsSourceLineWithTheExceptionNamed() throws Exception {
		DebugSession faulting = start(SessionSettings.of(BuildSettings.of(List.of(SOURCE))).withStart(StartState.LONG4).withEntry("fault"));
		SessionStop stop = faulting.resume(LIMIT);
		assertEquals(SessionStopReason.EXCEPTION, stop.reason(), stop::toString);
		assertEquals(ExceptionVector.GP, stop.exception().orElseThrow().vector());
		assertEquals(line("@fault"), stop.location().orElseThrow().line());
		SessionStop end = faulting.resume(LIMIT);
		assertEquals(SessionStopReason.TRIPLE_FAULT, end.reason(), "no IDT: #GP -> #DF -> shutdown");
	}

	@Test
	void assignmentsSetSymbolsAndRegisters() throws Exception {
		DebugSession assigned = start(SessionSettings.of(BuildSettings.of(List.of(SOURCE))).withStart(StartState.LONG4)
				.withAssignments(List.of("counter=0x55", "%rbx=&counter + 1")));
		assertEquals(0x55, assigned.evaluate("counter"));
		assertEquals(assigned.evaluate("&counter") + 1, assigned.machine().cpu().gpr(CpuState.RBX));
		assertThrows(IllegalArgumentException.class, () -> assigned.assign("helper=1"), "helper's size is not 1, 2, 4 or 8");
	}

	@Test
	void aBuildErrorComesBackWithFileAndLine() throws IOException {
		Path broken = Files.writeString(work.resolve("broken.S"), "\t.text\n\tmovl %eax\n");
		BuildFailedException failure = assertThrows(BuildFailedException.class,
				() -> DebugSession.start(SessionSettings.of(BuildSettings.of(List.of(broken))), Files.createDirectories(work.resolve("out"))));
		assertTrue(failure.diagnostics().stream().anyMatch(d -> d.line().orElse(0) == 2), failure::getMessage);
	}

	@Test
	void theBuildsWarningsComeWithTheSession() throws Exception {
		Path warning = Files.writeString(work.resolve("warning.S"), "\t.text\n\t.warning \"look here\"\n_start:\thlt\n");
		DebugSession warned = start(SessionSettings.of(BuildSettings.of(List.of(warning))).withStart(StartState.LONG4));
		assertTrue(warned.buildDiagnostics().stream().anyMatch(d -> d.severity() == ToolDiagnostic.Severity.WARNING
				&& d.line().orElse(0) == 2 && d.message().contains("look here")), warned.buildDiagnostics()::toString);
	}

	private DebugSession restart() throws IOException {
		try {
			return start(SessionSettings.of(BuildSettings.of(List.of(SOURCE))).withStart(StartState.LONG4));
		} catch (Exception e) {
			throw new IOException(e);
		}
	}
}
