package dev.gasket.toolchain;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Locates the GNU binutils executables (and the gcc driver), optionally under a
 * target prefix such as {@code x86_64-linux-gnu-} for a cross toolchain. With a
 * prefix only the prefixed name is accepted, so a cross setup never silently
 * falls back to the host tools.
 */
public final class Binutils {

	private final String prefix;
	private final List<Path> searchDirectories;

	public Binutils(String prefix, List<Path> searchDirectories) {
		this.prefix = prefix;
		this.searchDirectories = List.copyOf(searchDirectories);
	}

	/** Searches the directories of the process's {@code PATH}. */
	public static Binutils fromPath(String prefix) {
		String path = System.getenv("PATH");
		// Empty PATH entries would mean the working directory, which is not a safe place to pick tools from.
		List<Path> directories = path == null ? List.of() : Stream.of(path.split(File.pathSeparator))
				.filter(entry -> !entry.isEmpty())
				.distinct()
				.map(Path::of)
				.toList();
		return new Binutils(prefix, directories);
	}

	/** The target prefix put in front of every program name; empty for the host tools. */
	public String prefix() {
		return prefix;
	}

	/** The same search directories with another target prefix. */
	public Binutils withPrefix(String otherPrefix) {
		return new Binutils(otherPrefix, searchDirectories);
	}

	/**
	 * The first executable called prefix + program name (e.g. {@code x86_64-linux-gnu-as}) in the search directories.
	 *
	 * @throws ToolchainException if none exists, naming where it looked and how to install it
	 */
	public Path locate(GnuTool tool) throws ToolchainException {
		String name = prefix + tool.programName();
		for (Path directory : searchDirectories) {
			Path candidate = directory.resolve(name);
			if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
				return candidate;
			}
		}
		throw new ToolchainException(missingToolMessage(tool, name));
	}

	private String missingToolMessage(GnuTool tool, String name) {
		String hostPackage = packageAdvice(tool.debianPackage());
		// On a host of the target's own architecture Debian's plain package also installs the prefixed names.
		String fix = prefix.isEmpty() ? hostPackage
				: packageAdvice(tool.debianPackage(prefix)) + " for target prefix '" + prefix + "', or "
						+ hostPackage + " if '" + name + "' is this host's own tool";
		return "GNU tool '" + tool.programName() + "' not found: looked for '" + name + "' in "
				+ searchDirectories + ". To fix this, " + fix + ".";
	}

	private static String packageAdvice(String debianPackage) {
		return "install the Debian package '" + debianPackage + "' (apt-get install " + debianPackage + ")";
	}
}
