package dev.gasket.lang.validation;

import org.eclipse.xtext.preferences.PreferenceKey;
import org.eclipse.xtext.util.IAcceptor;
import org.eclipse.xtext.validation.ConfigurableIssueCodesProvider;
import org.eclipse.xtext.validation.SeverityConverter;

import com.google.inject.Singleton;

/**
 * The checks whose severity a project may change (key = issue code, value = error, warning, info or ignore), with
 * their defaults: names from the linker or from headers outside the workspace are only information.
 */
@Singleton
public class GasmConfigurableIssueCodes extends ConfigurableIssueCodesProvider {
	@Override
	protected void initialize(IAcceptor<PreferenceKey> acceptor) {
		super.initialize(acceptor);
		acceptor.accept(create(GasmIssueCodes.UNRESOLVED_SYMBOL, SeverityConverter.SEVERITY_INFO));
		acceptor.accept(create(GasmIssueCodes.UNRESOLVED_INCLUDE, SeverityConverter.SEVERITY_INFO));
		acceptor.accept(create(GasmIssueCodes.UNDEFINED_MACRO, SeverityConverter.SEVERITY_WARNING));
		acceptor.accept(create(GasmIssueCodes.UNKNOWN_DIRECTIVE, SeverityConverter.SEVERITY_WARNING));
		acceptor.accept(create(GasmIssueCodes.OPERAND_SIZE_VS_SYMBOL, SeverityConverter.SEVERITY_WARNING));
	}
}
