package dev.gasket.x86.tests.qemu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(10)
class QemuUserBenchTest {

	private static final Duration LIMIT = Duration.ofSeconds(5);

	/** Per test rather than in {@code @BeforeAll}: surefire reports a skipped class without its reason. */
	@BeforeEach
	void requireQemuUser() {
		QemuUserBench.assumeInstalled();
	}

	@Test
	void loopRunsUnderQemuUserAndExitsZero(@TempDir Path directory) throws IOException {
		Path loop = QemuUserBench.buildLoop(directory, 100_000);
		ExternalTool.Result result = QemuUserBench.run(loop, LIMIT);
		assertEquals(0, result.exitCode(), result.output());
		assertTrue(QemuUserBench.wallTime(loop, LIMIT).compareTo(Duration.ZERO) > 0);
	}

	@Test
	void zeroIterationsIsRejected(@TempDir Path directory) {
		assertThrows(IllegalArgumentException.class, () -> QemuUserBench.buildLoop(directory, 0));
	}
}
