package dev.gasket.debug.ui.launch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.jface.text.IDocument;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;

import com.google.inject.Injector;

import dev.gasket.lang.ide.navigation.SymbolNavigator;
import dev.gasket.lang.resource.SourceLoader;
import dev.gasket.lang.structure.FileStructure;
import dev.gasket.lang.structure.FileStructures;
import dev.gasket.lang.symbols.Definition;
import dev.gasket.lang.symbols.SymbolKind;
import dev.gasket.lang.ui.model.GasmDocumentModel;

/**
 * Reads a program's symbols with the editor's language model (parser, cpp-aware structure, linkage macros such as
 * {@code SYM_CODE_START}): which entry symbols exist, which is first, which one the caret is on.
 */
public final class SourceSymbols {

	/** A parse is cached for the same files unchanged on disk: the launch dialog validates on every keystroke. */
	private record Snapshot(List<Path> files, List<FileTime> modified) {
	}

	private static Snapshot cachedSnapshot;
	private static ProgramSymbols cachedSymbols;

	private SourceSymbols() {
	}

	/** The symbols of the sources that can be read; unreadable ones contribute nothing (the launch reports them). */
	public static synchronized ProgramSymbols of(List<Path> sources) {
		Snapshot snapshot = snapshot(sources);
		if (!snapshot.equals(cachedSnapshot)) {
			cachedSymbols = parse(sources);
			cachedSnapshot = snapshot;
		}
		return cachedSymbols;
	}

	/** The code symbol whose name the caret is on (its definition or a use of it) in an editor's document. */
	public static Optional<CodeSymbol> codeSymbolAt(IDocument document, int offset) {
		Injector language = GasmDocumentModel.language();
		SymbolNavigator navigator = language.getInstance(SymbolNavigator.class);
		FileStructures structures = language.getInstance(FileStructures.class);
		return GasmDocumentModel.of(document)
				.readCurrent(resource -> navigator.symbolAt(resource, offset).flatMap(element -> codeSymbol(structures, element)),
						CancelIndicator.NullImpl)
				.flatMap(found -> found);
	}

	private static Optional<CodeSymbol> codeSymbol(FileStructures structures, EObject element) {
		FileStructure structure = structures.of(element.eResource());
		return structure.definitionOf(element).filter(definition -> isCode(structure, definition))
				.map(definition -> new CodeSymbol(definition.name(), structure.contextOf(definition.element()).mode()));
	}

	private static ProgramSymbols parse(List<Path> sources) {
		Injector language = GasmDocumentModel.language();
		XtextResourceSet resources = language.getInstance(XtextResourceSet.class);
		SourceLoader loader = language.getInstance(SourceLoader.class);
		FileStructures structures = language.getInstance(FileStructures.class);
		List<CodeSymbol> code = new ArrayList<>();
		Set<String> defined = new HashSet<>();
		for (Path source : sources) {
			Resource resource;
			try {
				resource = loader.load(resources, source);
			} catch (IOException | RuntimeException unreadable) {
				continue;
			}
			FileStructure structure = structures.of(resource);
			for (Definition definition : structure.definitions()) {
				if (!definition.kind().isLinkerVisible() || definition.isFileLocal()) {
					continue;
				}
				defined.add(definition.name());
				if (isCode(structure, definition) && code.stream().noneMatch(known -> known.name().equals(definition.name()))) {
					code.add(new CodeSymbol(definition.name(), structure.contextOf(definition.element()).mode()));
				}
			}
		}
		return new ProgramSymbols(code, defined);
	}

	/** {@code .type @function} symbols, and plain labels where instructions are assembled. */
	private static boolean isCode(FileStructure structure, Definition definition) {
		if (definition.isFileLocal()) {
			return false;
		}
		return definition.kind() == SymbolKind.CODE
				|| definition.kind() == SymbolKind.LABEL && structure.contextOf(definition.element()).section().contains("text");
	}

	private static Snapshot snapshot(List<Path> sources) {
		List<FileTime> modified = new ArrayList<>();
		for (Path source : sources) {
			try {
				modified.add(Files.getLastModifiedTime(source));
			} catch (IOException missing) {
				modified.add(FileTime.fromMillis(0));
			}
		}
		return new Snapshot(List.copyOf(sources), modified);
	}
}
