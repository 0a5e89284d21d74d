package dev.gasket.lang.parser;

import org.antlr.runtime.MismatchedTokenException;
import org.antlr.runtime.Token;
import org.eclipse.xtext.nodemodel.SyntaxErrorMessage;
import org.eclipse.xtext.parser.antlr.SyntaxErrorMessageProvider;

/**
 * ANTLR's messages with the line end named as such: GAS statements end there, so it is often where a statement
 * turns out incomplete ({@code .long 1 +}). Tokens left over after the last statement the parser could read are
 * marked with {@link #LEFTOVER}, for {@link FullyReparsingGasmParser} to skip.
 */
public class GasmSyntaxErrorMessageProvider extends SyntaxErrorMessageProvider {
	/** Issue code of "the parser stopped here, before the end of the file". */
	public static final String LEFTOVER = "dev.gasket.lang.leftover";

	@Override
	public SyntaxErrorMessage getSyntaxErrorMessage(IParserErrorContext context) {
		SyntaxErrorMessage message = super.getSyntaxErrorMessage(context);
		String text = message.getMessage().replace("at input '\\n'", "at the end of the line")
				.replace("at input '\\r\\n'", "at the end of the line").replace("at input '<EOF>'", "at the end of the file").replace("\n", "").replace("\r", "");
		boolean leftover = context.getRecognitionException() instanceof MismatchedTokenException mismatch && mismatch.expecting == Token.EOF;
		return new SyntaxErrorMessage(text, leftover ? LEFTOVER : message.getIssueCode(), message.getIssueData());
	}
}
