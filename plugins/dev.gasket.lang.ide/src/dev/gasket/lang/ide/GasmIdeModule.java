package dev.gasket.lang.ide;

import org.eclipse.xtext.ide.LexerIdeBindings;
import org.eclipse.xtext.ide.editor.contentassist.antlr.internal.Lexer;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.ide.editor.folding.IFoldingRangeProvider;
import org.eclipse.xtext.ide.server.ICapabilitiesContributor;
import org.eclipse.xtext.ide.server.contentassist.ContentAssistService;
import org.eclipse.xtext.ide.server.hover.IHoverService;
import org.eclipse.xtext.ide.server.occurrences.IDocumentHighlightService;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolService;

import com.google.inject.Binder;
import com.google.inject.name.Names;

import dev.gasket.lang.ide.contentassist.GasmContentAssistLexer;
import dev.gasket.lang.ide.folding.GasmFoldingRangeProvider;
import dev.gasket.lang.ide.highlighting.GasmSemanticHighlightingCalculator;
import dev.gasket.lang.ide.server.GasmCompletionService;
import dev.gasket.lang.ide.server.GasmCapabilities;
import dev.gasket.lang.ide.server.GasmDocumentHighlightService;
import dev.gasket.lang.ide.server.GasmDocumentSymbolService;
import dev.gasket.lang.ide.server.GasmHoverService;

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

	public Class<? extends DocumentSymbolService> bindDocumentSymbolService() {
		return GasmDocumentSymbolService.class;
	}

	public Class<? extends IHoverService> bindIHoverService() {
		return GasmHoverService.class;
	}

	public Class<? extends IDocumentHighlightService> bindIDocumentHighlightService() {
		return GasmDocumentHighlightService.class;
	}

	public Class<? extends ICapabilitiesContributor> bindICapabilitiesContributor() {
		return GasmCapabilities.class;
	}

	public Class<? extends IFoldingRangeProvider> bindIFoldingRangeProvider() {
		return GasmFoldingRangeProvider.class;
	}

	public Class<? extends ContentAssistService> bindContentAssistService() {
		return GasmCompletionService.class;
	}
}
