package dev.gasket.lang.linking;

import org.eclipse.xtext.diagnostics.DiagnosticMessage;
import org.eclipse.xtext.linking.impl.LinkingDiagnosticMessageProvider;

/**
 * Leaves unresolved names to {@code GasmValidator}, which reports them with a stable code and the severity the
 * project configures: a name from the linker or from a header outside the workspace is not an error.
 */
public class GasmLinkingDiagnosticMessageProvider extends LinkingDiagnosticMessageProvider {
	@Override
	public DiagnosticMessage getUnresolvedProxyMessage(ILinkingDiagnosticContext context) {
		return null;
	}
}
