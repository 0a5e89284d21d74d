package dev.gasket.x86.tests.differential;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Runs generated snippets on the host CPU and in the emulator and requires the same outcome: exception, RIP,
 * registers, the flags the SDM defines at that point, and the data area. See {@link DifferentialSettings} for
 * the number of cases and the seed.
 */
class EmulatorDifferentialTest {

	/** Reports in full for this many failing cases; the rest are only counted. */
	private static final int REPORTED = 5;
	private static final int STACK_FRAMES = 6;

	@Test
	void emulatorMatchesTheHostCpu() throws Exception {
		DifferentialSettings settings = DifferentialSettings.fromSystemProperties();
		HarnessLayout layout = HostRunner.layout();
		SnippetGenerator generator = new SnippetGenerator(layout, settings.seed());
		HostRunner host = new HostRunner(Path.of("target", "differential", "emulator-test"));
		EmulatorRunner emulator = new EmulatorRunner(layout);
		List<String> reports = new ArrayList<>();
		int failed = 0;
		long end = settings.first() + settings.cases();
		for (long first = settings.first(); first < end; first += DifferentialSettings.BATCH) {
			int count = (int) Math.min(DifferentialSettings.BATCH, end - first);
			for (HostCase hostCase : host.generated(generator, first, count)) {
				String report = compare(settings.seed(), hostCase, emulator, layout);
				if (report != null) {
					failed++;
					if (reports.size() < REPORTED) {
						reports.add(report);
					}
				}
			}
		}
		if (failed > 0) {
			fail(failed + " of " + settings.cases() + " cases differ between host and emulator (seed "
					+ settings.seed() + "); the first " + reports.size() + ":\n\n" + String.join("\n", reports));
		}
	}

	/** The failure report for a case, or null when host and emulator agree. */
	private static String compare(long seed, HostCase hostCase, EmulatorRunner emulator, HarnessLayout layout) {
		AssembledSnippet assembled = hostCase.assembled();
		EmulatorRunner.Result result;
		try {
			result = emulator.run(assembled);
		} catch (RuntimeException crash) {
			StringBuilder trace = new StringBuilder("the emulator threw " + crash);
			StackTraceElement[] frames = crash.getStackTrace();
			for (int i = 0; i < Math.min(frames.length, STACK_FRAMES); i++) {
				trace.append("\n      at ").append(frames[i]);
			}
			List<String> differences = List.of(trace.toString());
			return CaseReport.describe(seed, hostCase.index(), assembled, layout, hostCase.host(), null, differences);
		}
		List<String> differences = new ArrayList<>();
		if (!result.stoppedAsExpected()) {
			differences.add("the emulator stopped with " + result.event());
		}
		differences.addAll(OutcomeComparison.differences(assembled, layout, hostCase.host(), result.outcome()));
		return differences.isEmpty() ? null
				: CaseReport.describe(seed, hostCase.index(), assembled, layout, hostCase.host(), result.outcome(),
						differences);
	}
}
