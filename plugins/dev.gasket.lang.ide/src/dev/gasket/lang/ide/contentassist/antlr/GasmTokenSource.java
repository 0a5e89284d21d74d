package dev.gasket.lang.ide.contentassist.antlr;

import org.antlr.runtime.TokenSource;

/**
 * The runtime parser's pass-through token source, under the name the generated content-assist parser uses.
 */
public class GasmTokenSource extends dev.gasket.lang.parser.antlr.GasmTokenSource {
	public GasmTokenSource(TokenSource lexer) {
		super(lexer);
	}
}
