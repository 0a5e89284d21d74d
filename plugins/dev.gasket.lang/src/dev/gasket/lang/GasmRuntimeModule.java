package dev.gasket.lang;

import org.eclipse.xtext.linking.ILinkingDiagnosticMessageProvider;
import org.eclipse.xtext.linking.ILinkingService;
import org.eclipse.xtext.naming.IQualifiedNameConverter;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.parser.IParser;
import org.eclipse.xtext.parser.antlr.ISyntaxErrorMessageProvider;
import org.eclipse.xtext.parser.antlr.Lexer;
import org.eclipse.xtext.parser.antlr.LexerBindings;
import org.eclipse.xtext.parser.antlr.LexerProvider;
import org.eclipse.xtext.preferences.IPreferenceValuesProvider;
import org.eclipse.xtext.resource.IDefaultResourceDescriptionStrategy;
import org.eclipse.xtext.validation.ConfigurableIssueCodesProvider;
import org.eclipse.xtext.validation.IResourceValidator;

import com.google.inject.Binder;
import com.google.inject.Provider;
import com.google.inject.name.Names;

import dev.gasket.lang.linking.GasmLinkingDiagnosticMessageProvider;
import dev.gasket.lang.linking.GasmLinkingService;
import dev.gasket.lang.naming.GasmQualifiedNameConverter;
import dev.gasket.lang.naming.GasmQualifiedNameProvider;
import dev.gasket.lang.parser.FullyReparsingGasmParser;
import dev.gasket.lang.parser.GasmLexer;
import dev.gasket.lang.parser.GasmSyntaxErrorMessageProvider;
import dev.gasket.lang.parser.antlr.lexer.InternalGasmLexer;
import dev.gasket.lang.resource.GasmResourceDescriptionStrategy;
import dev.gasket.lang.settings.GasmSettingsProvider;
import dev.gasket.lang.validation.GasmConfigurableIssueCodes;
import dev.gasket.lang.validation.GasmResourceValidator;

/**
 * The language's services outside the workbench: its lexer, parser, linking, scoping and validation.
 */
public class GasmRuntimeModule extends AbstractGasmRuntimeModule {

	@Override
	public Class<? extends ILinkingService> bindILinkingService() {
		return GasmLinkingService.class;
	}

	public Class<? extends ILinkingDiagnosticMessageProvider> bindILinkingDiagnosticMessageProvider() {
		return GasmLinkingDiagnosticMessageProvider.class;
	}

	@Override
	public Class<? extends IQualifiedNameProvider> bindIQualifiedNameProvider() {
		return GasmQualifiedNameProvider.class;
	}

	public Class<? extends IQualifiedNameConverter> bindIQualifiedNameConverter() {
		return GasmQualifiedNameConverter.class;
	}

	public Class<? extends IDefaultResourceDescriptionStrategy> bindIDefaultResourceDescriptionStrategy() {
		return GasmResourceDescriptionStrategy.class;
	}

	public Class<? extends IPreferenceValuesProvider> bindIPreferenceValuesProvider() {
		return GasmSettingsProvider.class;
	}

	public Class<? extends ConfigurableIssueCodesProvider> bindConfigurableIssueCodesProvider() {
		return GasmConfigurableIssueCodes.class;
	}

	public Class<? extends IResourceValidator> bindIResourceValidator() {
		return GasmResourceValidator.class;
	}

	public Class<? extends ISyntaxErrorMessageProvider> bindISyntaxErrorMessageProvider() {
		return GasmSyntaxErrorMessageProvider.class;
	}

	@Override
	public Class<? extends IParser> bindIParser() {
		return FullyReparsingGasmParser.class;
	}

	@Override
	public Class<? extends Lexer> bindLexer() {
		return GasmLexer.class;
	}

	@Override
	public Provider<? extends InternalGasmLexer> provideInternalGasmLexer() {
		return LexerProvider.create(GasmLexer.class);
	}

	@Override
	public void configureRuntimeLexer(Binder binder) {
		binder.bind(Lexer.class).annotatedWith(Names.named(LexerBindings.RUNTIME)).to(GasmLexer.class);
	}
}
