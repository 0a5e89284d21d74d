package dev.gasket.lang.parser;

import java.util.Set;

import org.antlr.runtime.CharStream;
import org.antlr.runtime.Token;

import dev.gasket.lang.parser.antlr.lexer.InternalGasmLexer;

/**
 * The generated lexer with the context of {@link GasmTokenContext}.
 */
public class GasmLexer extends InternalGasmLexer {
	private final GasmTokenContext context = new GasmTokenContext();

	public GasmLexer() {
	}

	public GasmLexer(CharStream input) {
		super(input);
	}

	@Override
	public void setCharStream(CharStream input) {
		super.setCharStream(input);
		context.reset();
	}

	/** Offsets from which the rest of the line is one hidden {@code SKIPPED} token (see FullyReparsingGasmParser). */
	public void skipRestOfLineFrom(Set<Integer> offsets) {
		context.skipRestOfLineFrom(offsets);
	}

	@Override
	public Token nextToken() {
		Token contextual = context.contextualToken(input);
		Token token = contextual != null ? contextual : super.nextToken();
		context.track(token, input);
		return token;
	}
}
