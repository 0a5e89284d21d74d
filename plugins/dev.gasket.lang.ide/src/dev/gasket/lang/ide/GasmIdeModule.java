package dev.gasket.lang.ide;

import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;

import dev.gasket.lang.ide.highlighting.GasmSemanticHighlightingCalculator;

/**
 * Editor-neutral services of the GAS language, shared by the Eclipse editor, the CLI and the language server.
 */
public class GasmIdeModule extends AbstractGasmIdeModule {

	public Class<? extends ISemanticHighlightingCalculator> bindISemanticHighlightingCalculator() {
		return GasmSemanticHighlightingCalculator.class;
	}
}
