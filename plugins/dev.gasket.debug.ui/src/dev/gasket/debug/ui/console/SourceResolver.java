package dev.gasket.debug.ui.console;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.core.ILaunchConfiguration;

import dev.gasket.debug.engine.SessionSettings;
import dev.gasket.debug.launch.LaunchSettings;
import dev.gasket.debug.model.GasketDebugTarget;
import dev.gasket.debug.model.GasketSourceLocator;

/**
 * Finds the file a console reference names for one launch: an absolute path as it is; a short one like
 * {@code trampoline_64.S} among the files of the program's line table, else beside the configured sources and in the
 * include directories (the project first). The result is a workspace {@code IFile} when the file is in the
 * workspace, else a {@code java.io.File}.
 */
final class SourceResolver {

	private final ILaunch launch;
	/** Only what was found: a name not found yet may be found once the debug target and its line table exist. */
	private final Map<String, Object> found = new ConcurrentHashMap<>();

	SourceResolver(ILaunch launch) {
		this.launch = launch;
	}

	Optional<Object> resolve(String printed) {
		Object known = found.get(printed);
		if (known != null) {
			return Optional.of(known);
		}
		Optional<Object> source = find(printed);
		source.ifPresent(element -> found.put(printed, element));
		return source;
	}

	private Optional<Object> find(String printed) {
		Path path;
		try {
			path = Path.of(printed).normalize();
		} catch (InvalidPathException notAPath) {
			return Optional.empty();
		}
		Stream<Path> candidates = path.isAbsolute() ? Stream.of(path)
				: Stream.concat(linesNaming(path), directories().stream().map(directory -> directory.resolve(path)));
		return candidates.filter(Files::isRegularFile).map(GasketSourceLocator::sourceElement).filter(Objects::nonNull).findFirst();
	}

	/** The files the running program's line table ends with {@code path}: what the engine itself named. */
	private Stream<Path> linesNaming(Path path) {
		if (launch == null) {
			return Stream.empty();
		}
		return Stream.of(launch.getDebugTargets()).filter(GasketDebugTarget.class::isInstance)
				.flatMap(target -> ((GasketDebugTarget) target).session().program().lines().files().stream())
				.filter(file -> file.endsWith(path));
	}

	/** The sources' folders, then the include directories (which start with the project's folder). */
	private List<Path> directories() {
		List<Path> directories = new ArrayList<>();
		ILaunchConfiguration configuration = launch == null ? null : launch.getLaunchConfiguration();
		if (configuration == null) {
			return directories;
		}
		try {
			SessionSettings settings = LaunchSettings.read(configuration).session();
			settings.build().sources().forEach(source -> directories.add(source.getParent()));
			directories.addAll(settings.build().includeDirectories());
		} catch (CoreException unreadable) {
			// a configuration that no longer reads names no folders; absolute references still resolve
		}
		return directories;
	}
}
