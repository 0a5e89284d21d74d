package dev.gasket.lang.ide.navigation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.LineAndColumn;

import com.google.inject.Inject;
import com.google.inject.Singleton;

import dev.gasket.lang.gasm.Assignment;
import dev.gasket.lang.gasm.CommonSymbol;
import dev.gasket.lang.gasm.CppDefine;
import dev.gasket.lang.gasm.GasmPackage.Literals;
import dev.gasket.lang.gasm.Instruction;
import dev.gasket.lang.gasm.Label;
import dev.gasket.lang.gasm.LocalLabelReference;
import dev.gasket.lang.gasm.MacroCall;
import dev.gasket.lang.gasm.MacroDefinition;
import dev.gasket.lang.gasm.MacroParameter;
import dev.gasket.lang.gasm.MacroParameterReference;
import dev.gasket.lang.gasm.SymbolDefinition;
import dev.gasket.lang.gasm.SymbolReference;
import dev.gasket.lang.instructions.InstructionSet;
import dev.gasket.lang.scoping.IncludeResolver;
import dev.gasket.lang.scoping.MacroLookup;
import dev.gasket.lang.structure.FileStructures;
import dev.gasket.lang.structure.Include;
import dev.gasket.lang.symbols.Definition;
import dev.gasket.lang.symbols.ReferenceText;

/**
 * Definitions and references of the symbol at a position, answered from the linked model: the same answers for the
 * editor, {@code gasket nav} and the language server.
 */
@Singleton
public class SymbolNavigator {
	@Inject
	private EObjectAtOffsetHelper offsets;

	@Inject
	private FileStructures structures;

	@Inject
	private MacroLookup macros;

	@Inject
	private IncludeResolver includes;

	private final InstructionSet instructionSet = InstructionSet.builtIn();

	/** The definition element the name at {@code offset} denotes, whether the name is a use or the definition itself. */
	public Optional<EObject> symbolAt(XtextResource resource, int offset) {
		EObject referenced = offsets.resolveCrossReferencedElementAt(resource, offset);
		if (referenced != null && !referenced.eIsProxy()) {
			return Optional.of(referenced);
		}
		EObject element = offsets.resolveElementAt(resource, offset);
		for (EObject current = element; current != null; current = current.eContainer()) {
			if (current instanceof Label || current instanceof CppDefine || current instanceof Assignment || current instanceof SymbolDefinition
					|| current instanceof CommonSymbol || current instanceof MacroDefinition || current instanceof MacroParameter) {
				return Optional.of(current);
			}
			if (current instanceof Instruction instruction && instruction.getMnemonic() != null && within(instruction, Literals.INSTRUCTION__MNEMONIC, offset)) {
				return macros.assemblerMacro(resource, instruction.getMnemonic());
			}
		}
		return Optional.empty();
	}

	/** The definitions at {@code offset}: the symbol's, or the file an {@code #include} there names. */
	public List<SymbolLocation> definitions(XtextResource resource, int offset) {
		for (Include include : structures.of(resource).includes()) {
			ICompositeNode node = NodeModelUtils.findActualNodeFor(include.element());
			if (node != null && node.getOffset() <= offset && offset < node.getEndOffset()) {
				return includes.resolve(resource, include)
						.map(path -> List.of(new SymbolLocation(URI.createFileURI(path.toString()), 0, 0, 1, 1, "file", include.path(), OptionalLong.empty())))
						.orElse(List.of());
			}
		}
		return symbolAt(resource, offset).flatMap(this::definitionLocation).map(List::of).orElse(List.of());
	}

	/** Every use of {@code target} in {@code resources}, in their order, followed by nothing else. */
	public List<SymbolLocation> references(EObject target, Collection<? extends Resource> resources) {
		List<SymbolLocation> found = new ArrayList<>();
		String name = definitionLocation(target).map(SymbolLocation::name).orElse("");
		for (Resource resource : List.copyOf(resources)) {
			if (resource.getContents().isEmpty()) {
				continue;
			}
			for (TreeIterator<EObject> contents = resource.getContents().get(0).eAllContents(); contents.hasNext();) {
				EObject content = contents.next();
				EReference reference = referenceOf(content);
				if (reference != null && content.eGet(reference, true) == target) {
					locate(content, reference, "reference", name, OptionalLong.empty()).ifPresent(found::add);
				}
			}
		}
		return found;
	}

	/** Where {@code symbol}'s name is written in its definition, with the definition's kind and size. */
	public Optional<SymbolLocation> definitionLocation(EObject symbol) {
		if (symbol.eResource() == null) {
			return Optional.empty();
		}
		if (symbol instanceof MacroParameter parameter) {
			return locate(parameter, Literals.MACRO_PARAMETER__NAME, "macro-parameter", parameter.getName(), OptionalLong.empty());
		}
		Optional<Definition> definition = structures.of(symbol.eResource()).definitionOf(symbol);
		String kind = definition.map(found -> found.kind().name().toLowerCase(Locale.ROOT).replace('_', '-').replace("gas-macro", "macro"))
				.orElse("label");
		String name = definition.map(Definition::name).orElseGet(() -> symbol instanceof Label label ? label.getName() : "");
		OptionalLong size = definition.map(Definition::size).orElse(OptionalLong.empty());
		if (symbol instanceof MacroCall call) {
			return call.getArguments().stream().map(ReferenceText::bareSymbol).filter(reference -> reference != null
					&& ReferenceText.symbolName(reference).equals(name)).findFirst()
					.flatMap(reference -> locate(reference, Literals.SYMBOL_REFERENCE__SYMBOL, kind, name, size));
		}
		EStructuralFeature nameFeature = symbol.eClass().getEStructuralFeature("name");
		return nameFeature == null ? Optional.empty() : locate(symbol, nameFeature, kind, name, size);
	}

	private static EReference referenceOf(EObject content) {
		if (content instanceof SymbolReference) {
			return Literals.SYMBOL_REFERENCE__SYMBOL;
		}
		if (content instanceof LocalLabelReference) {
			return Literals.LOCAL_LABEL_REFERENCE__LABEL;
		}
		if (content instanceof MacroParameterReference) {
			return Literals.MACRO_PARAMETER_REFERENCE__PARAMETER;
		}
		return null;
	}

	private static boolean within(EObject owner, EStructuralFeature feature, int offset) {
		return NodeModelUtils.findNodesForFeature(owner, feature).stream()
				.anyMatch(node -> node.getOffset() <= offset && offset <= node.getEndOffset());
	}

	private static Optional<SymbolLocation> locate(EObject owner, EStructuralFeature feature, String kind, String name, OptionalLong size) {
		List<INode> nodes = NodeModelUtils.findNodesForFeature(owner, feature);
		if (nodes.isEmpty()) {
			return Optional.empty();
		}
		INode node = nodes.get(0);
		LineAndColumn position = NodeModelUtils.getLineAndColumn(node, node.getOffset());
		return Optional.of(new SymbolLocation(owner.eResource().getURI(), node.getOffset(), node.getLength(), position.getLine(),
				position.getColumn(), kind, name, size));
	}

	/** All elements of a resource that define symbols, in order, for an outline. */
	public List<SymbolLocation> outline(Resource resource) {
		List<SymbolLocation> entries = new ArrayList<>();
		for (Definition definition : structures.of(resource).definitions()) {
			definitionLocation(definition.element()).ifPresent(entries::add);
		}
		return entries;
	}

	/** What a hover at {@code offset} shows: an instruction's description, or a symbol's kind, size and definition. */
	public Optional<String> hover(XtextResource resource, int offset) {
		EObject element = offsets.resolveElementAt(resource, offset);
		Instruction instruction = EcoreUtil2.getContainerOfType(element, Instruction.class);
		if (instruction != null && instruction.getMnemonic() != null && within(instruction, Literals.INSTRUCTION__MNEMONIC, offset)) {
			Optional<String> documented = instructionSet.resolve(instruction.getMnemonic())
					.map(use -> HoverText.instruction(instruction.getMnemonic(), use.instruction()));
			if (documented.isPresent()) {
				return documented;
			}
		}
		return symbolAt(resource, offset).flatMap(symbol -> definitionLocation(symbol).map(definition -> {
			ICompositeNode node = NodeModelUtils.findActualNodeFor(symbol);
			String text = node == null ? definition.name() : NodeModelUtils.getTokenText(node);
			return HoverText.symbol(definition, structures.of(symbol.eResource()).contextOf(symbol).section(), text);
		}));
	}
}
