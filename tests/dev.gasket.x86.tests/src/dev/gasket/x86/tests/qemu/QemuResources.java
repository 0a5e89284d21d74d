package dev.gasket.x86.tests.qemu;

import java.nio.file.Files;
import java.nio.file.Path;

/** The assembly sources and linker script under {@code resources/qemu} of this test bundle. */
final class QemuResources {

	/** Relative to the module base directory, which is the working directory under tycho-surefire. */
	private static final Path DIRECTORY = Path.of("resources", "qemu");

	private QemuResources() {
	}

	static Path file(String name) {
		Path file = DIRECTORY.resolve(name);
		if (!Files.isRegularFile(file)) {
			throw new IllegalStateException("test resource " + file.toAbsolutePath()
					+ " not found; tests must run with the dev.gasket.x86.tests module directory as working directory");
		}
		return file.toAbsolutePath();
	}
}
