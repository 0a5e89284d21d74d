package dev.gasket.lang.ide.navigation;

import java.util.Optional;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.IResourceDescriptions;

import com.google.inject.Inject;
import com.google.inject.Singleton;

import dev.gasket.lang.gasm.GasmPackage;
import dev.gasket.lang.gasm.Label;
import dev.gasket.lang.gasm.MacroDefinition;
import dev.gasket.lang.gasm.MacroParameter;
import dev.gasket.lang.instructions.X86Register;
import org.eclipse.xtext.naming.IQualifiedNameConverter;
import dev.gasket.lang.structure.FileStructures;
import dev.gasket.lang.symbols.Definition;

/**
 * The rules of renaming a symbol, shared by every face that renames: what may be renamed, which new names are
 * valid, which would clash, and where in a file's text the old name is written.
 */
@Singleton
public class SymbolRename {
	private static final Pattern SYMBOL_NAME = Pattern.compile("[A-Za-z_.][A-Za-z0-9_.$]*");
	private static final Pattern PARAMETER_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

	@Inject
	private FileStructures structures;

	@Inject
	private IQualifiedNameConverter names;

	/** Why {@code symbol} cannot be renamed at all, if it cannot. */
	public Optional<String> refusal(EObject symbol) {
		if (symbol instanceof Label label && !label.getName().isEmpty() && Character.isDigit(label.getName().charAt(0))) {
			return Optional.of("numeric label `" + label.getName() + "` is referred to by number (`" + label.getName()
					+ "b`/`" + label.getName() + "f`); renumber it by hand");
		}
		if (symbol instanceof MacroDefinition macro) {
			return Optional.of("renaming the .macro `" + macro.getName() + "` is not supported yet: its uses are instructions, not symbol references");
		}
		return Optional.empty();
	}

	/** Why {@code newName} cannot be the new name of {@code symbol}, if it cannot. */
	public Optional<String> invalidName(EObject symbol, String newName) {
		boolean parameter = symbol instanceof MacroParameter;
		if (!(parameter ? PARAMETER_NAME : SYMBOL_NAME).matcher(newName).matches()) {
			return Optional.of("`" + newName + "` is not a valid " + (parameter ? "macro parameter" : "symbol") + " name");
		}
		if (X86Register.lookup(newName).isPresent()) {
			return Optional.of("`" + newName + "` is a register name");
		}
		return Optional.empty();
	}

	/**
	 * Where {@code newName} is already defined: among the parameters of the same macro for a parameter, else in
	 * {@code resource} (a file using the symbol) or among the linker-visible names of the index.
	 */
	public Optional<String> clash(EObject symbol, Resource resource, IResourceDescriptions index, String newName) {
		if (symbol instanceof MacroParameter parameter) {
			return parameter.eContainer().eContents().stream()
					.filter(other -> other instanceof MacroParameter sibling && newName.equals(sibling.getName()))
					.findFirst().map(other -> "`" + newName + "` is already a parameter of this macro");
		}
		Optional<Definition> local = structures.of(resource).definitionsNamed(newName).stream().findFirst();
		if (local.isPresent()) {
			return Optional.of("`" + newName + "` is already defined at " + resource.getURI().lastSegment() + ":" + lineOf(local.get().element()));
		}
		return index.getExportedObjects(GasmPackage.Literals.SYMBOL, names.toQualifiedName(newName), false).iterator().hasNext()
				? Optional.of("`" + newName + "` is already defined in the workspace")
				: Optional.empty();
	}

	/** Offset of {@code oldName} within the place {@code site} names in {@code text} ({@code \\name} has a backslash first). */
	public int nameOffset(String text, SymbolLocation site, String oldName) {
		int found = text.indexOf(oldName, site.offset());
		return found >= 0 && found + oldName.length() <= site.offset() + Math.max(site.length(), oldName.length()) ? found : site.offset();
	}

	private static int lineOf(EObject element) {
		var node = NodeModelUtils.findActualNodeFor(element);
		return node == null ? 0 : node.getStartLine();
	}
}
