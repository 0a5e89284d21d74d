package dev.gasket.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.FileExtensionProvider;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;

import com.google.inject.Injector;

import dev.gasket.lang.ide.navigation.SymbolLocation;
import dev.gasket.lang.ide.navigation.SymbolNavigator;
import dev.gasket.lang.resource.SourceLoader;
import dev.gasket.lang.settings.GasmSettingsProvider;
import dev.gasket.lang.symbols.Definition;

/**
 * {@code gasket nav def|refs|hover FILE:LINE:COL} and {@code gasket nav symbols FILE}: the editor's navigation from
 * the command line. Lines and columns count from 1, a tab as one column.
 */
final class NavCommand {
	private static final Pattern POSITION = Pattern.compile("(.+):(\\d+):(\\d+)");
	private static final String USAGE = "usage: gasket nav def|refs|hover FILE:LINE:COL [--root DIR] [-I DIR]...\n"
			+ "       gasket nav symbols FILE [--root DIR] [-I DIR]...\n"
			+ "(lines and columns count from 1; a tab is one column)";

	private final PrintStream out;
	private final PrintStream err;

	NavCommand(PrintStream out, PrintStream err) {
		this.out = out;
		this.err = err;
	}

	int run(List<String> arguments) {
		List<String> positional = new ArrayList<>();
		List<Path> includeDirectories = new ArrayList<>();
		Path root = null;
		for (int i = 0; i < arguments.size(); i++) {
			String argument = arguments.get(i);
			if ((argument.equals("--root") || argument.equals("-I")) && i + 1 < arguments.size()) {
				Path value = Path.of(arguments.get(++i));
				if (argument.equals("--root")) {
					root = value;
				} else {
					includeDirectories.add(value);
				}
			} else if (argument.startsWith("-")) {
				return usage("unknown option " + argument);
			} else {
				positional.add(argument);
			}
		}
		if (positional.size() != 2 || !List.of("def", "refs", "hover", "symbols").contains(positional.get(0))) {
			return usage("expected a query (def, refs, hover or symbols) and a place");
		}
		String query = positional.get(0);
		String place = positional.get(1);
		Matcher position = POSITION.matcher(place);
		boolean needsPosition = !query.equals("symbols");
		if (needsPosition && !position.matches()) {
			return usage("expected FILE:LINE:COL, got " + place);
		}
		Path file = Path.of(needsPosition ? position.group(1) : place).toAbsolutePath().normalize();
		String text;
		try {
			text = readSource(file);
		} catch (IOException e) {
			return fail(e.getMessage());
		}
		Injector injector = GasketCli.language();
		injector.getInstance(GasmSettingsProvider.class).setAdditionalIncludeDirectories(includeDirectories);
		XtextResourceSet resourceSet = injector.getInstance(XtextResourceSet.class);
		XtextResource resource;
		List<Resource> workspace;
		try {
			workspace = loadWorkspace(injector, resourceSet, root != null ? root : defaultRoot(file));
			resource = (XtextResource) injector.getInstance(SourceLoader.class).load(resourceSet, file);
		} catch (IOException | RuntimeException e) {
			return fail("cannot read " + file + ": " + e.getMessage());
		}
		SymbolNavigator navigator = injector.getInstance(SymbolNavigator.class);
		if (query.equals("symbols")) {
			return symbols(navigator, resource);
		}
		Optional<Integer> offset = offsetOf(text, Integer.parseInt(position.group(2)), Integer.parseInt(position.group(3)));
		if (offset.isEmpty()) {
			return fail("position " + position.group(2) + ":" + position.group(3) + " is outside " + file + " ("
					+ text.lines().count() + " lines)");
		}
		workspace.add(resource);
		return switch (query) {
			case "def" -> definitions(navigator, resource, offset.get(), place);
			case "refs" -> references(navigator, resource, offset.get(), place, workspace);
			default -> hover(navigator, resource, offset.get(), place);
		};
	}

	private int definitions(SymbolNavigator navigator, XtextResource resource, int offset, String place) {
		List<SymbolLocation> definitions = navigator.definitions(resource, offset);
		if (definitions.isEmpty()) {
			return fail("nothing at " + place + " resolves to a definition");
		}
		definitions.forEach(definition -> out.println(describe(definition)));
		return GasketCli.OK;
	}

	private int references(SymbolNavigator navigator, XtextResource resource, int offset, String place, List<Resource> workspace) {
		Optional<EObject> symbol = navigator.symbolAt(resource, offset);
		Optional<SymbolLocation> definition = symbol.flatMap(navigator::definitionLocation);
		if (definition.isEmpty()) {
			return fail("nothing at " + place + " is a symbol");
		}
		out.println(where(definition.get()) + " (definition)");
		for (SymbolLocation reference : navigator.references(symbol.get(), workspace)) {
			if (!reference.uri().equals(definition.get().uri()) || reference.offset() != definition.get().offset()) {
				out.println(where(reference));
			}
		}
		return GasketCli.OK;
	}

	private int hover(SymbolNavigator navigator, XtextResource resource, int offset, String place) {
		Optional<String> hover = navigator.hover(resource, offset);
		if (hover.isEmpty()) {
			return fail("nothing to show at " + place);
		}
		out.print(hover.get());
		return GasketCli.OK;
	}

	private int symbols(SymbolNavigator navigator, XtextResource resource) {
		for (SymbolLocation entry : navigator.outline(resource)) {
			String indent = Definition.isFileLocal(entry.name()) ? "  " : "";
			out.println(indent + entry.line() + " " + entry.kind() + " " + entry.name()
					+ (entry.size().isPresent() ? " size " + entry.size().getAsLong() : ""));
		}
		return GasketCli.OK;
	}

	private static String describe(SymbolLocation location) {
		return where(location) + ": " + location.kind() + " " + location.name()
				+ (location.size().isPresent() ? " size " + location.size().getAsLong() : "");
	}

	private static String where(SymbolLocation location) {
		return location.uri().toFileString() + ":" + location.line() + ":" + location.column();
	}

	/** Text of a source, refusing what cannot be one: a folder, a missing file, a binary, an empty file. */
	private static String readSource(Path file) throws IOException {
		if (!Files.isRegularFile(file)) {
			throw new IOException("no such file: " + file);
		}
		byte[] bytes = Files.readAllBytes(file);
		for (byte b : bytes) {
			if (b == 0) {
				throw new IOException(file + " is a binary file, not assembly source");
			}
		}
		if (bytes.length == 0) {
			throw new IOException(file + " is empty");
		}
		return new String(bytes, StandardCharsets.UTF_8);
	}

	/** Offset of 1-based {@code line}:{@code column}, a tab counting as one column; empty when outside the text. */
	static Optional<Integer> offsetOf(String text, int line, int column) {
		int lineStart = 0;
		for (int current = 1; current < line; current++) {
			int end = text.indexOf('\n', lineStart);
			if (end < 0) {
				return Optional.empty();
			}
			lineStart = end + 1;
		}
		int lineEnd = text.indexOf('\n', lineStart);
		int length = (lineEnd < 0 ? text.length() : lineEnd) - lineStart;
		if (line < 1 || column < 1 || column > length + 1 || lineStart > text.length()) {
			return Optional.empty();
		}
		return Optional.of(lineStart + column - 1);
	}

	/** The nearest folder holding {@code .git} above the file, else the file's folder. */
	private static Path defaultRoot(Path file) {
		for (Path folder = file.getParent(); folder != null; folder = folder.getParent()) {
			if (Files.exists(folder.resolve(".git"))) {
				return folder;
			}
		}
		return file.getParent();
	}

	private static List<Resource> loadWorkspace(Injector injector, XtextResourceSet resourceSet, Path root) throws IOException {
		SourceLoader loader = injector.getInstance(SourceLoader.class);
		List<String> extensions = List.copyOf(injector.getInstance(FileExtensionProvider.class).getFileExtensions());
		List<Resource> resources = new ArrayList<>();
		for (Path source : SourceFiles.under(root, extensions)) {
			resources.add(loader.load(resourceSet, source));
		}
		return resources;
	}

	private int usage(String problem) {
		err.println("gasket nav: " + problem);
		err.println(USAGE);
		return GasketCli.USAGE_ERROR;
	}

	private int fail(String problem) {
		err.println("gasket nav: " + problem);
		return GasketCli.PROBLEMS;
	}
}
