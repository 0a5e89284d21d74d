package dev.gasket.x86.tests.qemu;

import org.junit.jupiter.api.Assumptions;

/** Skips tests, with a message saying what to install, when an external program is not on {@code PATH}. */
public final class ToolAssumptions {

	private ToolAssumptions() {
	}

	/** Skips the calling test unless {@code executable} is on {@code PATH}. */
	public static void assumeOnPath(String executable, String debianPackage) {
		Assumptions.assumeTrue(ExternalTool.find(executable).isPresent(), executable
				+ " is not on PATH: install the Debian package " + debianPackage + " to run this test");
	}
}
