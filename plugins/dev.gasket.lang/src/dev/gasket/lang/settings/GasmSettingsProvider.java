package dev.gasket.lang.settings;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.preferences.IPreferenceValues;
import org.eclipse.xtext.preferences.IPreferenceValuesProvider;
import org.eclipse.xtext.util.IResourceScopeCache;

import com.google.inject.Inject;
import com.google.inject.Singleton;

import dev.gasket.lang.symbols.LinkageMacroTable;

/**
 * Reads a file's settings from its project's {@code .settings/dev.gasket.lang.prefs}, the file Eclipse keeps project
 * preferences of this bundle in, so the workbench, {@code gasket lint} and the language server agree. Keys:
 * {@code includePath} (directories, relative to the project, separated by {@code :}), {@code externalSymbols} (globs
 * separated by blanks or commas), {@code linkageMacros} (rows separated by {@code ;}) and one key per configurable
 * issue code with a severity ({@code unresolved-symbol=warning}).
 */
@Singleton
public class GasmSettingsProvider implements IPreferenceValuesProvider {
	public static final String PREFERENCES_FILE = ".settings/dev.gasket.lang.prefs";
	public static final String INCLUDE_PATH = "includePath";
	public static final String EXTERNAL_SYMBOLS = "externalSymbols";
	public static final String LINKAGE_MACROS = "linkageMacros";

	private record Cached(FileTime modified, Properties properties) {
	}

	@Inject
	private IResourceScopeCache cache;

	private final List<Path> additionalIncludeDirectories = new CopyOnWriteArrayList<>();
	private final Map<Path, Cached> preferences = new ConcurrentHashMap<>();

	/** Include directories given outside the project, e.g. by {@code gasket lint -I DIR}; replaces earlier ones. */
	public void setAdditionalIncludeDirectories(Collection<Path> directories) {
		additionalIncludeDirectories.clear();
		directories.stream().map(directory -> directory.toAbsolutePath().normalize()).forEach(additionalIncludeDirectories::add);
	}

	/** Read once per parse of the resource: checks ask for settings at every reference. */
	public GasmSettings settingsFor(Resource resource) {
		return resource == null ? read(null) : cache.get(GasmSettings.class, resource, () -> read(resource));
	}

	private GasmSettings read(Resource resource) {
		Path projectRoot = projectRoot(resource);
		Properties properties = projectRoot == null ? new Properties() : preferencesOf(projectRoot);
		List<String> problems = new ArrayList<>();
		List<Path> includeDirectories = new ArrayList<>();
		for (String entry : properties.getProperty(INCLUDE_PATH, "").split("[:,]")) {
			if (!entry.isBlank() && projectRoot != null) {
				includeDirectories.add(projectRoot.resolve(entry.strip()).normalize());
			}
		}
		includeDirectories.addAll(additionalIncludeDirectories);
		List<String> externalSymbols = new ArrayList<>(GasmSettings.DEFAULT_EXTERNAL_SYMBOLS);
		for (String pattern : properties.getProperty(EXTERNAL_SYMBOLS, "").split("[\\s,]+")) {
			if (!pattern.isBlank()) {
				externalSymbols.add(pattern);
			}
		}
		LinkageMacroTable linkageMacros = LinkageMacroTable.builtIn();
		try {
			linkageMacros = linkageMacros.with(properties.getProperty(LINKAGE_MACROS, ""));
		} catch (IllegalArgumentException e) {
			problems.add(PREFERENCES_FILE + ": " + e.getMessage());
		}
		return new GasmSettings(List.copyOf(includeDirectories), List.copyOf(externalSymbols), linkageMacros, List.copyOf(problems));
	}

	@Override
	public IPreferenceValues getPreferenceValues(Resource context) {
		Properties properties = context == null ? new Properties()
				: cache.get(IPreferenceValues.class, context, () -> {
					Path projectRoot = projectRoot(context);
					return projectRoot == null ? new Properties() : preferencesOf(projectRoot);
				});
		return key -> properties.getProperty(key.getId(), key.getDefaultValue());
	}

	/** The nearest directory above the file that holds a {@code .project} or the preferences file. */
	private static Path projectRoot(Resource resource) {
		URI uri = resource == null ? null : resource.getURI();
		if (uri == null || !uri.isFile()) {
			return null;
		}
		for (Path directory = Path.of(uri.toFileString()).toAbsolutePath().getParent(); directory != null; directory = directory.getParent()) {
			if (Files.exists(directory.resolve(".project")) || Files.exists(directory.resolve(PREFERENCES_FILE))) {
				return directory;
			}
		}
		return null;
	}

	private Properties preferencesOf(Path projectRoot) {
		Path file = projectRoot.resolve(PREFERENCES_FILE);
		FileTime modified;
		try {
			modified = Files.getLastModifiedTime(file);
		} catch (IOException e) {
			return new Properties();
		}
		Cached cached = preferences.get(file);
		if (cached != null && cached.modified().equals(modified)) {
			return cached.properties();
		}
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(file)) {
			properties.load(reader);
		} catch (IOException e) {
			// an unreadable preferences file means defaults, as Eclipse itself treats it
		}
		preferences.put(file, new Cached(modified, properties));
		return properties;
	}
}
