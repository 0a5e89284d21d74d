package dev.gasket.lang.ide.contentassist;

import org.antlr.runtime.CharStream;
import org.antlr.runtime.Token;

import dev.gasket.lang.ide.contentassist.antlr.lexer.InternalGasmLexer;
import dev.gasket.lang.parser.GasmTokenContext;

/**
 * The content-assist lexer with the same context as the runtime one, so completion reads cpp lines, Intel-syntax
 * regions and macro calls as the parser does.
 */
public class GasmContentAssistLexer extends InternalGasmLexer {
	private final GasmTokenContext context = new GasmTokenContext();

	public GasmContentAssistLexer() {
	}

	public GasmContentAssistLexer(CharStream input) {
		super(input);
	}

	@Override
	public void setCharStream(CharStream input) {
		super.setCharStream(input);
		context.reset();
	}

	@Override
	public Token nextToken() {
		Token contextual = context.contextualToken(input);
		Token token = contextual != null ? contextual : super.nextToken();
		context.track(token, input);
		return token;
	}
}
