package dev.gasket.lang.ide.highlighting;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.ide.editor.syntaxcoloring.DefaultSemanticHighlightingCalculator;
import org.eclipse.xtext.ide.editor.syntaxcoloring.IHighlightedPositionAcceptor;
import org.eclipse.xtext.util.CancelIndicator;

import dev.gasket.lang.gasm.Directive;
import dev.gasket.lang.gasm.GasmPackage.Literals;
import dev.gasket.lang.gasm.Instruction;
import dev.gasket.lang.gasm.Label;
import dev.gasket.lang.gasm.LocalLabelReference;
import dev.gasket.lang.gasm.SymbolReference;
import dev.gasket.lang.symbols.ReferenceText;

/**
 * Colours what the lexer alone cannot know: which word is a mnemonic, which symbol is being defined, and whether a
 * symbol is file-local (`.L` names and numeric labels never reach the object file's symbol table).
 */
public class GasmSemanticHighlightingCalculator extends DefaultSemanticHighlightingCalculator {

	@Override
	protected boolean highlightElement(EObject object, IHighlightedPositionAcceptor acceptor, CancelIndicator cancelIndicator) {
		if (object instanceof Label label) {
			highlightFeature(acceptor, label, Literals.LABEL__NAME, isLocal(label.getName())
					? GasmHighlightingStyles.LOCAL_SYMBOL_DEFINITION
					: GasmHighlightingStyles.SYMBOL_DEFINITION);
		} else if (object instanceof Instruction instruction) {
			highlightFeature(acceptor, instruction, Literals.INSTRUCTION__PREFIXES, GasmHighlightingStyles.PREFIX);
			highlightFeature(acceptor, instruction, Literals.INSTRUCTION__MNEMONIC, GasmHighlightingStyles.MNEMONIC);
		} else if (object instanceof Directive directive) {
			highlightFeature(acceptor, directive, Literals.DIRECTIVE__DIRECTIVE, GasmHighlightingStyles.DIRECTIVE);
		} else if (object instanceof SymbolReference reference) {
			highlightFeature(acceptor, reference, Literals.SYMBOL_REFERENCE__SYMBOL, isLocal(ReferenceText.symbolName(reference))
					? GasmHighlightingStyles.LOCAL_SYMBOL_REFERENCE
					: GasmHighlightingStyles.SYMBOL_REFERENCE);
		} else if (object instanceof LocalLabelReference reference) {
			highlightFeature(acceptor, reference, Literals.LOCAL_LABEL_REFERENCE__LABEL, GasmHighlightingStyles.LOCAL_SYMBOL_REFERENCE);
		}
		return false;
	}

	private static boolean isLocal(String symbol) {
		return symbol.startsWith(".L") || Character.isDigit(symbol.charAt(0));
	}
}
