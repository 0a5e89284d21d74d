package dev.gasket.x86.tests.qemu;

import java.lang.reflect.InvocationTargetException;

import org.junit.jupiter.api.Assumptions;

/** Skips tests, with a message saying what to install, when an external program is not on {@code PATH}. */
public final class ToolAssumptions {

	private ToolAssumptions() {
	}

	/** Skips the calling test unless {@code executable} is on {@code PATH}. */
	public static void assumeOnPath(String executable, String debianPackage) {
		assumeTrue(ExternalTool.find(executable).isPresent(), executable
				+ " is not on PATH: install the Debian package " + debianPackage + " to run this test");
	}

	/**
	 * {@link Assumptions#assumeTrue(boolean, String)} called reflectively: its {@code throws} clause names
	 * {@code org.opentest4j.TestAbortedException}, a package this bundle does not import, so a direct call does
	 * not compile under Tycho; at run time JUnit's own bundle resolves the exception.
	 */
	private static void assumeTrue(boolean assumption, String message) {
		try {
			Assumptions.class.getMethod("assumeTrue", boolean.class, String.class).invoke(null, assumption, message);
		} catch (InvocationTargetException e) {
			if (e.getCause() instanceof RuntimeException aborted) {
				throw aborted;
			}
			throw new IllegalStateException(e.getCause());
		} catch (ReflectiveOperationException e) {
			throw new IllegalStateException("JUnit's Assumptions.assumeTrue is not callable", e);
		}
	}
}
