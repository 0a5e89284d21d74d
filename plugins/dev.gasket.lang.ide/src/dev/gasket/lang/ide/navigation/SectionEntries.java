package dev.gasket.lang.ide.navigation;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.util.LineAndColumn;

import dev.gasket.lang.gasm.Directive;
import dev.gasket.lang.gasm.GasmPackage.Literals;
import dev.gasket.lang.gasm.Line;
import dev.gasket.lang.gasm.Program;
import dev.gasket.lang.structure.FileStructure;

/**
 * Where the outline places a section's node: on the directive that first switches to it ({@code .section .text64}
 * names it, {@code .data} or {@code .previous} is itself the switch). A file that never names its first section
 * assembles into {@code .text}; that node sits on its first symbol, with an empty range.
 */
final class SectionEntries {
	static final String KIND = "section";
	private static final Set<String> SWITCHES = Set.of(".text", ".data", ".bss", ".section", ".pushsection", ".popsection", ".previous");
	private static final Set<String> NAMING_SWITCHES = Set.of(".section", ".pushsection");

	private SectionEntries() {
	}

	/** The node of {@code section}, whose first symbol {@code first} is defined on line {@code firstLine}. */
	static SymbolLocation locate(String section, Resource resource, FileStructure structure, int firstLine, SymbolLocation first) {
		List<Line> lines = resource.getContents().isEmpty() ? List.of() : ((Program) resource.getContents().get(0)).getLines();
		for (int index = 0; index < Math.min(firstLine, lines.size()); index++) {
			if (lines.get(index).getStatement() instanceof Directive directive && switchesTo(directive, index, section, structure)) {
				Optional<SymbolLocation> named = nameNode(directive).map(node -> at(resource, node, section));
				if (named.isPresent()) {
					return named.get();
				}
			}
		}
		return new SymbolLocation(first.uri(), first.offset(), 0, first.line(), first.column(), KIND, section, OptionalLong.empty());
	}

	private static boolean switchesTo(Directive directive, int lineIndex, String section, FileStructure structure) {
		String name = directive.getDirective() == null ? "" : directive.getDirective().toLowerCase();
		return SWITCHES.contains(name) && structure.contextBefore(lineIndex + 1).section().equals(section);
	}

	/** The section's name where the directive writes one, else the directive's own keyword. */
	private static Optional<INode> nameNode(Directive directive) {
		String name = directive.getDirective().toLowerCase();
		if (NAMING_SWITCHES.contains(name) && !directive.getArguments().isEmpty()) {
			return Optional.ofNullable(NodeModelUtils.findActualNodeFor(directive.getArguments().get(0)));
		}
		return NodeModelUtils.findNodesForFeature(directive, Literals.DIRECTIVE__DIRECTIVE).stream().findFirst();
	}

	private static SymbolLocation at(Resource resource, INode node, String section) {
		LineAndColumn position = NodeModelUtils.getLineAndColumn(node, node.getOffset());
		return new SymbolLocation(resource.getURI(), node.getOffset(), node.getLength(), position.getLine(), position.getColumn(), KIND, section,
				OptionalLong.empty());
	}
}
