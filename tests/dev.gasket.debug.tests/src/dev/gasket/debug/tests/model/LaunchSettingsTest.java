package dev.gasket.debug.tests.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import dev.gasket.debug.engine.SessionSettings;
import dev.gasket.debug.engine.StartState;
import dev.gasket.debug.launch.LaunchAttributes;
import dev.gasket.debug.launch.LaunchSettings;
import dev.gasket.x86.cpu.CpuModel;

/** A launch configuration read into session settings, and the problems the launch dialog shows for bad ones. */
class LaunchSettingsTest {

	private static WorkspaceProgram program;

	@BeforeAll
	static void createTheProject(@TempDir Path directory) throws Exception {
		program = WorkspaceProgram.copy(Path.of("../../examples/trampoline"), directory, "trampoline-settings");
	}

	@AfterAll
	static void deleteTheProject() throws Exception {
		program.delete();
	}

	private static ILaunchConfigurationWorkingCopy scenarioD() throws CoreException {
		return TrampolineLaunch.configuration("trampoline-settings", "trampoline_64.S", "trampoline_start64", StartState.LONG4,
				CpuModel.LEGACY, List.of("tr_cr4=0x1000"));
	}

	@Test
	void aValidConfigurationReadsIntoTheSessionSettings() throws Exception {
		ILaunchConfigurationWorkingCopy configuration = scenarioD();
		configuration.setAttribute(LaunchAttributes.MEMORY_MIB, 32);
		configuration.setAttribute(LaunchAttributes.LOAD_ADDRESS, "0x2000");
		configuration.setAttribute(LaunchAttributes.DEFINES, List.of("TRACE", "LEVEL=2"));
		configuration.setAttribute(LaunchAttributes.STOP_ON_MODE_CHANGE, true);
		assertEquals(Optional.empty(), LaunchSettings.problem(configuration));

		LaunchSettings settings = LaunchSettings.read(configuration);
		SessionSettings session = settings.session();
		assertEquals(List.of(program.path("trampoline_64.S")), session.build().sources());
		assertEquals(Optional.of("trampoline_start64"), session.entry());
		assertEquals(StartState.LONG4, session.start());
		assertEquals(CpuModel.LEGACY, session.cpu());
		assertEquals(List.of("tr_cr4=0x1000"), session.assignments());
		assertEquals(32L << 20, session.memoryBytes());
		assertEquals(0x2000, session.build().loadAddress());
		assertEquals("", session.build().defines().get("TRACE"));
		assertEquals("2", session.build().defines().get("LEVEL"));
		assertTrue(session.build().includeDirectories().contains(program.path("")), "the project folder is an include directory");
		assertTrue(settings.stopOnModeChange());
		assertEquals("trampoline_64.S", settings.programName());
	}

	@TestFactory
	Stream<DynamicTest> aBadConfigurationHasAProblemThatSaysWhatIsWrong() {
		record Case(String name, Consumer<ILaunchConfigurationWorkingCopy> change, String message) {
		}
		return Stream.of(
				new Case("missing source", c -> c.setAttribute(LaunchAttributes.SOURCES, List.of("/trampoline-settings/gone.S")),
						"source file /trampoline-settings/gone.S does not exist"),
				new Case("no sources", c -> c.setAttribute(LaunchAttributes.SOURCES, List.<String>of()), "no source files"),
				new Case("missing project", c -> c.setAttribute(LaunchAttributes.PROJECT, "nowhere"), "project nowhere does not exist"),
				new Case("malformed assignment", c -> c.setAttribute(LaunchAttributes.ASSIGNMENTS, List.of("tr_cr4")),
						"malformed assignment 'tr_cr4'"),
				new Case("malformed load address", c -> c.setAttribute(LaunchAttributes.LOAD_ADDRESS, "0xfoo"),
						"load address '0xfoo' is not a number"),
				new Case("defsym without value", c -> c.setAttribute(LaunchAttributes.DEFSYMS, List.of("BASE")), "malformed --defsym 'BASE'"),
				new Case("unknown start state", c -> c.setAttribute(LaunchAttributes.START_STATE, "LONG6"), "unknown start state 'LONG6'"),
				new Case("unknown CPU model", c -> c.setAttribute(LaunchAttributes.CPU_MODEL, "I386"), "unknown CPU model 'I386'"),
				new Case("no memory", c -> c.setAttribute(LaunchAttributes.MEMORY_MIB, 0), "memory size 0 MiB"),
				new Case("missing binutils", c -> c.setAttribute(LaunchAttributes.TOOL_PREFIX, "nosuch-elf-"),
						"install the Debian package 'binutils-nosuch-elf'"))
				.map(each -> DynamicTest.dynamicTest(each.name(), () -> {
					ILaunchConfigurationWorkingCopy configuration = scenarioD();
					each.change().accept(configuration);
					String problem = LaunchSettings.problem(configuration).orElseThrow(() -> new AssertionError("no problem found"));
					assertTrue(problem.contains(each.message()), problem);
				}));
	}
}
