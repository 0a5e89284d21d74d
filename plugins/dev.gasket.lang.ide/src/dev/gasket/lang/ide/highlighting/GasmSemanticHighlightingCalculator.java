package dev.gasket.lang.ide.highlighting;

import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.ide.editor.syntaxcoloring.DefaultSemanticHighlightingCalculator;
import org.eclipse.xtext.ide.editor.syntaxcoloring.IHighlightedPositionAcceptor;
import org.eclipse.xtext.util.CancelIndicator;

import com.google.inject.Inject;

import dev.gasket.lang.gasm.Assignment;
import dev.gasket.lang.gasm.CommonSymbol;
import dev.gasket.lang.gasm.CppDefine;
import dev.gasket.lang.gasm.Directive;
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
import dev.gasket.lang.scoping.MacroLookup;
import dev.gasket.lang.structure.FileStructures;
import dev.gasket.lang.symbols.Definition;
import dev.gasket.lang.symbols.ReferenceText;
import dev.gasket.lang.symbols.SymbolKind;

/**
 * Colours what the lexer alone cannot know: which word is a mnemonic or a macro use, which symbol is being defined,
 * what kind of thing a symbol names, whether it resolves, and whether it is file-local ({@code .L} names and numeric
 * labels never reach the object file's symbol table).
 */
public class GasmSemanticHighlightingCalculator extends DefaultSemanticHighlightingCalculator {
	@Inject
	private FileStructures structures;

	@Inject
	private MacroLookup macros;

	@Override
	protected boolean highlightElement(EObject object, IHighlightedPositionAcceptor acceptor, CancelIndicator cancelIndicator) {
		if (object instanceof Label label) {
			definition(acceptor, label, Literals.LABEL__NAME, label.getName());
		} else if (object instanceof Assignment assignment) {
			definition(acceptor, assignment, Literals.ASSIGNMENT__NAME, assignment.getName());
		} else if (object instanceof SymbolDefinition symbol) {
			definition(acceptor, symbol, Literals.SYMBOL_DEFINITION__NAME, symbol.getName());
		} else if (object instanceof CommonSymbol symbol) {
			definition(acceptor, symbol, Literals.COMMON_SYMBOL__NAME, symbol.getName());
		} else if (object instanceof CppDefine define && define.getName() != null) {
			definition(acceptor, define, Literals.CPP_DEFINE__NAME, define.getName());
		} else if (object instanceof MacroDefinition macro) {
			definition(acceptor, macro, Literals.MACRO_DEFINITION__NAME, macro.getName());
		} else if (object instanceof MacroParameter parameter) {
			highlightFeature(acceptor, parameter, Literals.MACRO_PARAMETER__NAME, GasmHighlightingStyles.MACRO_PARAMETER,
					GasmHighlightingStyles.SYMBOL_DEFINITION);
		} else if (object instanceof Instruction instruction) {
			highlightFeature(acceptor, instruction, Literals.INSTRUCTION__PREFIXES, GasmHighlightingStyles.PREFIX);
			boolean macroUse = instruction.getMnemonic() != null && macros.isAssemblerMacro(instruction.eResource(), instruction.getMnemonic());
			highlightFeature(acceptor, instruction, Literals.INSTRUCTION__MNEMONIC,
					macroUse ? GasmHighlightingStyles.MACRO_USE : GasmHighlightingStyles.MNEMONIC);
		} else if (object instanceof MacroCall call) {
			highlightFeature(acceptor, call, Literals.MACRO_CALL__MACRO, GasmHighlightingStyles.MACRO_USE);
		} else if (object instanceof Directive directive) {
			highlightFeature(acceptor, directive, Literals.DIRECTIVE__DIRECTIVE, GasmHighlightingStyles.DIRECTIVE);
		} else if (object instanceof SymbolReference reference) {
			symbolReference(acceptor, reference);
		} else if (object instanceof LocalLabelReference reference) {
			reference(acceptor, reference, Literals.LOCAL_LABEL_REFERENCE__LABEL, reference.getLabel(), true);
		} else if (object instanceof MacroParameterReference reference) {
			EObject parameter = (EObject) reference.eGet(Literals.MACRO_PARAMETER_REFERENCE__PARAMETER, true);
			highlightFeature(acceptor, reference, Literals.MACRO_PARAMETER_REFERENCE__PARAMETER, parameter == null || parameter.eIsProxy()
					? new String[] { GasmHighlightingStyles.MACRO_PARAMETER, GasmHighlightingStyles.UNRESOLVED_SYMBOL }
					: new String[] { GasmHighlightingStyles.MACRO_PARAMETER });
		}
		return false;
	}

	private void definition(IHighlightedPositionAcceptor acceptor, EObject element, EStructuralFeature name, String written) {
		String role = written != null && Definition.isFileLocal(written) ? GasmHighlightingStyles.LOCAL_SYMBOL_DEFINITION : GasmHighlightingStyles.SYMBOL_DEFINITION;
		highlightFeature(acceptor, element, name, role, GasmHighlightingStyles.kind(kindOf(element)));
	}

	/** A name in {@code SYM_DATA(tr_cr4, …)} refers to the call around it: that is where the symbol is defined. */
	private void symbolReference(IHighlightedPositionAcceptor acceptor, SymbolReference reference) {
		EObject target = (EObject) reference.eGet(Literals.SYMBOL_REFERENCE__SYMBOL, true);
		if (target instanceof MacroCall call && EcoreUtil2.isAncestor(call, reference)) {
			highlightFeature(acceptor, reference, Literals.SYMBOL_REFERENCE__SYMBOL, GasmHighlightingStyles.SYMBOL_DEFINITION,
					GasmHighlightingStyles.kind(kindOf(call)));
			return;
		}
		reference(acceptor, reference, Literals.SYMBOL_REFERENCE__SYMBOL, target, Definition.isFileLocal(ReferenceText.symbolName(reference)));
	}

	private void reference(IHighlightedPositionAcceptor acceptor, EObject reference, EStructuralFeature feature, EObject target, boolean local) {
		String role = local ? GasmHighlightingStyles.LOCAL_SYMBOL_REFERENCE : GasmHighlightingStyles.SYMBOL_REFERENCE;
		String what = target == null || target.eIsProxy() ? GasmHighlightingStyles.UNRESOLVED_SYMBOL : GasmHighlightingStyles.kind(kindOf(target));
		highlightFeature(acceptor, reference, feature, role, what);
	}

	private SymbolKind kindOf(EObject element) {
		Optional<Definition> definition = element.eResource() == null ? Optional.empty() : structures.of(element.eResource()).definitionOf(element);
		return definition.map(Definition::kind).orElse(element instanceof MacroDefinition ? SymbolKind.GAS_MACRO : SymbolKind.LABEL);
	}
}
