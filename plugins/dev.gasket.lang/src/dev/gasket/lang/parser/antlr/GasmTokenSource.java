package dev.gasket.lang.parser.antlr;

import org.antlr.runtime.Token;
import org.antlr.runtime.TokenSource;

/**
 * Passes the lexer's tokens through. Xtext wraps the lexer of a grammar with synthetic tokens in a source meant for
 * indentation-based languages; Gasm's synthetic tokens (cpp lines, opaque lines, macro-call names) come from
 * {@code dev.gasket.lang.parser.GasmLexer} instead.
 */
public class GasmTokenSource implements TokenSource {
	private final TokenSource lexer;

	public GasmTokenSource(TokenSource lexer) {
		this.lexer = lexer;
	}

	@Override
	public Token nextToken() {
		return lexer.nextToken();
	}

	@Override
	public String getSourceName() {
		return lexer.getSourceName();
	}
}
