package dev.gasket.lang.ide;

import org.eclipse.xtext.ide.LexerIdeBindings;
import org.eclipse.xtext.ide.editor.contentassist.antlr.internal.Lexer;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;

import com.google.inject.Binder;
import com.google.inject.name.Names;

import dev.gasket.lang.ide.contentassist.GasmContentAssistLexer;
import dev.gasket.lang.ide.highlighting.GasmSemanticHighlightingCalculator;

/**
 * Editor-neutral services of the GAS language, shared by the Eclipse editor, the CLI and the language server.
 */
public class GasmIdeModule extends AbstractGasmIdeModule {

	@Override
	public void configureContentAssistLexer(Binder binder) {
		binder.bind(Lexer.class).annotatedWith(Names.named(LexerIdeBindings.CONTENT_ASSIST)).to(GasmContentAssistLexer.class);
	}

	public Class<? extends ISemanticHighlightingCalculator> bindISemanticHighlightingCalculator() {
		return GasmSemanticHighlightingCalculator.class;
	}
}
