package dev.gasket.debug.tests.model.state;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;

import org.eclipse.debug.core.DebugException;
import org.eclipse.debug.core.model.IDebugTarget;
import org.eclipse.debug.core.model.IRegisterGroup;
import org.eclipse.debug.core.model.IVariable;

import dev.gasket.debug.engine.DebugSession;
import dev.gasket.debug.engine.SessionSettings;
import dev.gasket.debug.engine.SessionStop;
import dev.gasket.debug.engine.SessionStopReason;
import dev.gasket.debug.engine.StartState;
import dev.gasket.debug.model.GasketDebugModel;
import dev.gasket.toolchain.build.BuildSettings;
import dev.gasket.x86.cpu.CpuModel;

/**
 * Sessions on {@code examples/trampoline} as the README's {@code gasket run} scenarios start them (from
 * {@code trampoline_start64} in 4-level long mode), and ways to find elements in what the views get.
 */
final class TrampolineSessions {

	static final Path SOURCE = Path.of("../../examples/trampoline/trampoline_64.S").toAbsolutePath().normalize();
	static final long LIMIT = 100_000;

	private TrampolineSessions() {
	}

	/** Scenario (d): a legacy CPU, the kernel asking for 5-level paging, so the AP goes through compatibility mode. */
	static DebugSession fiveLevelOnLegacy(Path work) throws Exception {
		return fiveLevelOnLegacy(work, SessionSettings.DEFAULT_MEMORY);
	}

	static DebugSession fiveLevelOnLegacy(Path work, long memoryBytes) throws Exception {
		return start(work, List.of("tr_cr4=0x1000"), memoryBytes);
	}

	/** The paging depth the trampoline wants is the firmware's: the AP stays in 64-bit mode. */
	static DebugSession fourLevelOnLegacy(Path work) throws Exception {
		return start(work, List.of(), SessionSettings.DEFAULT_MEMORY);
	}

	private static DebugSession start(Path work, List<String> assignments, long memoryBytes) throws Exception {
		if (!Files.isRegularFile(SOURCE)) {
			throw new IllegalStateException(SOURCE + " not found; tests run in the dev.gasket.debug.tests module directory");
		}
		return DebugSession.start(SessionSettings.of(BuildSettings.of(List.of(SOURCE))).withEntry("trampoline_start64")
				.withStart(StartState.LONG4).withCpu(CpuModel.LEGACY).withAssignments(assignments).withMemoryBytes(memoryBytes), work);
	}

	/** Runs to a code symbol's breakpoint, which must be where the session stops. */
	static void runTo(DebugSession session, String symbol) {
		session.addBreakpoint(symbol, Optional.empty());
		SessionStop stop = session.resume(LIMIT);
		assertEquals(SessionStopReason.BREAKPOINT, stop.reason(), stop::toString);
		assertEquals(session.program().symbol(symbol).orElseThrow().value(), stop.address(), stop::toString);
	}

	/**
	 * The smallest debug target the elements need: it says whether the program is suspended and nothing else
	 * (every other call fails the test).
	 */
	static IDebugTarget target(BooleanSupplier suspended) {
		return (IDebugTarget) Proxy.newProxyInstance(TrampolineSessions.class.getClassLoader(), new Class<?>[] { IDebugTarget.class },
				(proxy, method, arguments) -> switch (method.getName()) {
					case "isSuspended" -> suspended.getAsBoolean();
					case "getModelIdentifier" -> GasketDebugModel.ID;
					case "hashCode" -> System.identityHashCode(proxy);
					case "equals" -> proxy == arguments[0];
					case "toString" -> "test target";
					default -> throw new UnsupportedOperationException("the test target has no " + method.getName());
				});
	}

	static IVariable register(IRegisterGroup[] groups, String group, String name) throws DebugException {
		for (IRegisterGroup candidate : groups) {
			if (candidate.getName().equals(group)) {
				return named(candidate.getRegisters(), name);
			}
		}
		throw new AssertionError("no register group " + group);
	}

	static IVariable child(IVariable parent, String name) throws DebugException {
		return named(parent.getValue().getVariables(), name);
	}

	static IVariable named(IVariable[] variables, String name) throws DebugException {
		for (IVariable variable : variables) {
			if (variable.getName().equals(name)) {
				return variable;
			}
		}
		throw new AssertionError("no " + name + " among " + Arrays.stream(variables).map(TrampolineSessions::name).toList());
	}

	static String name(IVariable variable) {
		try {
			return variable.getName();
		} catch (DebugException e) {
			throw new AssertionError(e);
		}
	}

	static String value(IVariable variable) throws DebugException {
		return variable.getValue().getValueString();
	}
}
