package dev.gasket.cli.tests;

import static dev.gasket.cli.tests.Outcome.gasket;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The four runs of the README's trampoline section: which path of {@code examples/trampoline} works on a legacy
 * CPU and on X86S, with and without the LA57 mismatch that sends {@code trampoline_start64} into compatibility mode.
 */
class GasketRunTrampolineTest {

	private static final Path TRAMPOLINE = Path.of("../../examples/trampoline/trampoline_64.S").toAbsolutePath().normalize();
	private static final String LA57 = "0x1000";

	private static List<String> stops(Outcome run) {
		return run.out().lines().filter(line -> line.startsWith("stop: ")).toList();
	}

	private static int lineOf(String text) throws IOException {
		List<String> lines = Files.readAllLines(TRAMPOLINE);
		for (int i = 0; i < lines.size(); i++) {
			if (lines.get(i).contains(text)) {
				return i + 1;
			}
		}
		throw new AssertionError(text + " not in " + TRAMPOLINE);
	}

	@Test
	void realModeStartOnALegacyCpuReachesTheKernel() {
		Outcome run = gasket("run", TRAMPOLINE.toString(), "--stop-on-mode-change");
		assertEquals(0, run.status(), run::toString);
		assertTrue(run.out().contains("console: kernel: AP online, 4-level paging"), run.out());
		List<String> stops = stops(run);
		assertTrue(stops.get(0).contains("mode=16-bit protected"), stops::toString);
		assertTrue(stops.stream().anyMatch(stop -> stop.contains("(startup_32") && stop.contains("mode=32-bit protected")), stops::toString);
		assertTrue(stops.getLast().startsWith("stop: HALTED") && stops.getLast().contains("(kernel_entry+"), stops::toString);
	}

	@Test
	void start64WithMatchingLa57OnX86sStaysInLongMode() {
		Outcome run = gasket("run", TRAMPOLINE.toString(), "--entry", "trampoline_start64", "--start", "long4", "--cpu", "x86s",
				"--stop-on-mode-change");
		assertEquals(0, run.status(), run::toString);
		assertTrue(run.out().contains("console: kernel: AP online, 4-level paging"), run.out());
		assertEquals(1, stops(run).size(), "no mode change on the way: " + stops(run));
		assertTrue(stops(run).get(0).startsWith("stop: HALTED"), stops(run)::toString);
	}

	@Test
	void start64WithMismatchingLa57OnX86sFaultsAtTheLjmpl() throws IOException {
		Outcome run = gasket("run", TRAMPOLINE.toString(), "--entry", "trampoline_start64", "--start", "long4", "--cpu", "x86s",
				"--set", "tr_cr4=" + LA57);
		assertEquals(3, run.status(), "the #GP has no handler, so the CPU shuts down\n" + run);
		String fault = stops(run).get(0);
		assertTrue(fault.startsWith("stop: EXCEPTION at trampoline_64.S:" + lineOf("ljmpl\t*tr_compat(%rip)") + " (enter_compat)"), fault);
		assertTrue(fault.contains("#GP"), fault);
		assertFalse(run.out().contains("console: kernel"), run.out());
	}

	@Test
	void start64WithMismatchingLa57OnALegacyCpuGoesThroughCompatibilityMode() {
		Outcome run = gasket("run", TRAMPOLINE.toString(), "--entry", "trampoline_start64", "--start", "long4", "--cpu", "legacy",
				"--set", "tr_cr4=" + LA57, "--stop-on-mode-change");
		assertEquals(0, run.status(), run::toString);
		assertTrue(run.out().contains("console: kernel: AP online, 5-level paging"), run.out());
		List<String> stops = stops(run);
		assertTrue(stops.get(0).startsWith("stop: MODE_CHANGE") && stops.get(0).contains("mode=compatibility"), stops::toString);
		assertTrue(stops.getLast().startsWith("stop: HALTED") && run.out().contains("LA57"), stops::toString);
	}
}
