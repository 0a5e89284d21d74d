package dev.gasket.lang.parser;

import java.util.HashSet;
import java.util.OptionalInt;
import java.util.Set;

import org.antlr.runtime.ANTLRStringStream;
import org.antlr.runtime.CharStream;
import org.antlr.runtime.TokenSource;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.parser.IParseResult;

import dev.gasket.lang.parser.antlr.GasmParser;
import dev.gasket.lang.parser.antlr.GasmTokenSource;

/**
 * Parses the whole text on every change, and never stops before its end.
 * <p>
 * Whole text: {@link GasmLexer}'s context (line starts, cpp continuations, Intel-syntax regions) depends on text
 * before an edit, which Xtext's partial reparse would start without. Never stopping: when tokens follow a complete
 * statement on its line and fit no rule, ANTLR leaves the line loop and drops the rest of the file; the parse is then
 * repeated with the rest of that line lexed as one hidden {@code SKIPPED} token, which the validator reports.
 */
public class FullyReparsingGasmParser extends GasmParser {
	/** Bounds the work on a file broken on very many lines; the lines past it keep ANTLR's own recovery. */
	private static final int MAX_SKIPPED_LINES = 500;

	private final ThreadLocal<Set<Integer>> skippedFrom = ThreadLocal.withInitial(Set::of);

	@Override
	protected boolean isReparseSupported() {
		return false;
	}

	@Override
	protected IParseResult parse(String ruleName, CharStream in) {
		IParseResult result = super.parse(ruleName, in);
		OptionalInt leftover = leftoverOffset(result);
		if (leftover.isEmpty()) {
			return result;
		}
		String text = in.substring(0, in.size() - 1);
		Set<Integer> skipped = new HashSet<>();
		try {
			while (leftover.isPresent() && skipped.size() < MAX_SKIPPED_LINES && skipped.add(leftover.getAsInt())) {
				skippedFrom.set(Set.copyOf(skipped));
				result = super.parse(ruleName, new ANTLRStringStream(text));
				leftover = leftoverOffset(result);
			}
		} finally {
			skippedFrom.remove();
		}
		return result;
	}

	@Override
	protected TokenSource createLexer(CharStream stream) {
		GasmLexer lexer = (GasmLexer) getLexerProvider().get();
		lexer.setCharStream(stream);
		lexer.skipRestOfLineFrom(skippedFrom.get());
		return new GasmTokenSource(lexer);
	}

	private static OptionalInt leftoverOffset(IParseResult result) {
		for (INode error : result.getSyntaxErrors()) {
			if (GasmSyntaxErrorMessageProvider.LEFTOVER.equals(error.getSyntaxErrorMessage().getIssueCode())) {
				return OptionalInt.of(error.getOffset());
			}
		}
		return OptionalInt.empty();
	}
}
