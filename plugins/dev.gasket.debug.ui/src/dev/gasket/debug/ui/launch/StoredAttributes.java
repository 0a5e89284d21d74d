package dev.gasket.debug.ui.launch;

import java.util.List;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.ILaunchConfiguration;

/**
 * Reads a launch configuration's attributes with defaults; an attribute of the wrong type (a hand-edited
 * {@code .launch} file) reads as its default, and the launch itself reports what is wrong.
 */
final class StoredAttributes {

	private StoredAttributes() {
	}

	static String string(ILaunchConfiguration config, String key, String fallback) {
		try {
			return config.getAttribute(key, fallback);
		} catch (CoreException wrongType) {
			return fallback;
		}
	}

	static List<String> list(ILaunchConfiguration config, String key) {
		try {
			return config.getAttribute(key, List.of());
		} catch (CoreException wrongType) {
			return List.of();
		}
	}

	static boolean bool(ILaunchConfiguration config, String key, boolean fallback) {
		try {
			return config.getAttribute(key, fallback);
		} catch (CoreException wrongType) {
			return fallback;
		}
	}

	static int integer(ILaunchConfiguration config, String key, int fallback) {
		try {
			return config.getAttribute(key, fallback);
		} catch (CoreException wrongType) {
			return fallback;
		}
	}
}
