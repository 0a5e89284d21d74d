package dev.gasket.lang.ide.server;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.lsp4j.SemanticTokenModifiers;
import org.eclipse.lsp4j.SemanticTokenTypes;
import org.eclipse.lsp4j.SemanticTokens;
import org.eclipse.lsp4j.SemanticTokensDelta;
import org.eclipse.lsp4j.SemanticTokensEdit;
import org.eclipse.lsp4j.SemanticTokensParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.TerminalRule;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.semantictokens.SemanticTokensService;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;

import com.google.inject.Singleton;

import dev.gasket.lang.ide.highlighting.GasmHighlightingStyles;
import dev.gasket.lang.ide.text.LineOffsets;

/**
 * Semantic tokens for clients that have no grammar of their own for GAS: every comment, string, number, register,
 * directive and cpp keyword from the tokens, and on top the semantic highlighting calculator's classes (mnemonic,
 * prefix, macro, what a symbol names, definition or use, file-local, unresolved). Keeps each document's last result
 * so a client can ask for the difference.
 */
@Singleton
public class GasmSemanticTokensService extends SemanticTokensService {
	private static final List<String> TYPES = List.of(SemanticTokenTypes.Comment, SemanticTokenTypes.String, SemanticTokenTypes.Number,
			SemanticTokenTypes.Keyword, SemanticTokenTypes.Modifier, SemanticTokenTypes.Macro, SemanticTokenTypes.Function,
			SemanticTokenTypes.Variable, SemanticTokenTypes.Parameter, SemanticTokenTypes.EnumMember);
	private static final List<String> MODIFIERS = List.of(SemanticTokenModifiers.Declaration, SemanticTokenModifiers.Readonly, "local",
			"unresolved");

	private record Token(int offset, int length, int type, int modifiers) {
	}

	private record Result(String id, List<Integer> data) {
	}

	private final Map<String, Result> lastResults = new ConcurrentHashMap<>();
	private final AtomicLong resultIds = new AtomicLong();

	@Override
	public List<String> getTokenTypes() {
		return TYPES;
	}

	@Override
	public List<String> getTokenModifiers() {
		return MODIFIERS;
	}

	@Override
	public SemanticTokens semanticTokensFull(Document document, XtextResource resource, SemanticTokensParams params,
			CancelIndicator cancelIndicator) {
		List<Integer> data = encode(document.getContents(), tokens(resource, cancelIndicator));
		Result result = new Result(Long.toString(resultIds.incrementAndGet()), data);
		lastResults.put(params.getTextDocument().getUri(), result);
		return new SemanticTokens(result.id(), data);
	}

	/** The edits from the result a client holds to the current one, or the whole result when that one is unknown. */
	public Either<SemanticTokens, SemanticTokensDelta> semanticTokensDelta(Document document, XtextResource resource, String uri,
			String previousResultId, CancelIndicator cancelIndicator) {
		Result previous = lastResults.get(uri);
		SemanticTokens current = semanticTokensFull(document, resource, new SemanticTokensParams(new TextDocumentIdentifier(uri)),
				cancelIndicator);
		if (previous == null || !previous.id().equals(previousResultId)) {
			return Either.forLeft(current);
		}
		return Either.forRight(new SemanticTokensDelta(difference(previous.data(), current.getData()), current.getResultId()));
	}

	/** One edit replacing what lies between the common start and the common end of the two arrays. */
	private static List<SemanticTokensEdit> difference(List<Integer> before, List<Integer> after) {
		int start = 0;
		int common = Math.min(before.size(), after.size());
		while (start < common && before.get(start).equals(after.get(start))) {
			start++;
		}
		int endBefore = before.size();
		int endAfter = after.size();
		while (endBefore > start && endAfter > start && before.get(endBefore - 1).equals(after.get(endAfter - 1))) {
			endBefore--;
			endAfter--;
		}
		if (start == endBefore && start == endAfter) {
			return List.of();
		}
		return List.of(new SemanticTokensEdit(start, endBefore - start, new ArrayList<>(after.subList(start, endAfter))));
	}

	private List<Token> tokens(XtextResource resource, CancelIndicator cancelIndicator) {
		List<Token> semantic = new ArrayList<>();
		ISemanticHighlightingCalculator calculator = resource.getResourceServiceProvider().get(ISemanticHighlightingCalculator.class);
		calculator.provideHighlightingFor(resource, (offset, length, ids) -> {
			Token token = semanticToken(offset, length, ids);
			if (token != null) {
				semantic.add(token);
			}
		}, cancelIndicator);
		semantic.sort(Comparator.comparingInt(Token::offset));
		List<Token> tokens = new ArrayList<>();
		if (resource.getParseResult() == null) {
			return tokens;
		}
		int next = 0;
		int coveredUntil = 0;
		for (ILeafNode leaf : resource.getParseResult().getRootNode().getLeafNodes()) {
			while (next < semantic.size() && semantic.get(next).offset() < leaf.getOffset()) {
				next++;
			}
			if (next < semantic.size() && semantic.get(next).offset() == leaf.getOffset()) {
				Token token = semantic.get(next++);
				tokens.add(token);
				coveredUntil = token.offset() + token.length();
			} else if (leaf.getOffset() >= coveredUntil) {
				int type = lexicalType(leaf);
				if (type >= 0) {
					tokens.add(new Token(leaf.getOffset(), leaf.getLength(), type, 0));
				}
			}
		}
		return tokens;
	}

	private static Token semanticToken(int offset, int length, String[] ids) {
		List<String> classes = Arrays.asList(ids);
		int type = -1;
		int modifiers = 0;
		for (String id : classes) {
			switch (id) {
				case GasmHighlightingStyles.MNEMONIC, GasmHighlightingStyles.DIRECTIVE -> type = type(SemanticTokenTypes.Keyword);
				case GasmHighlightingStyles.PREFIX -> type = type(SemanticTokenTypes.Modifier);
				case GasmHighlightingStyles.MACRO_USE -> type = type(SemanticTokenTypes.Macro);
				case GasmHighlightingStyles.MACRO_PARAMETER -> type = type(SemanticTokenTypes.Parameter);
				case GasmHighlightingStyles.SYMBOL_DEFINITION -> modifiers |= modifier(SemanticTokenModifiers.Declaration);
				case GasmHighlightingStyles.LOCAL_SYMBOL_DEFINITION -> modifiers |= modifier(SemanticTokenModifiers.Declaration) | modifier("local");
				case GasmHighlightingStyles.LOCAL_SYMBOL_REFERENCE -> modifiers |= modifier("local");
				case GasmHighlightingStyles.UNRESOLVED_SYMBOL -> modifiers |= modifier("unresolved");
				default -> {
					if (id.startsWith(GasmHighlightingStyles.KIND_PREFIX) && type < 0) {
						String kind = id.substring(GasmHighlightingStyles.KIND_PREFIX.length());
						type = type(switch (kind) {
							case "code", "label" -> SemanticTokenTypes.Function;
							case "cpp_macro", "gas_macro" -> SemanticTokenTypes.Macro;
							default -> SemanticTokenTypes.Variable;
						});
						if (kind.equals("constant")) {
							modifiers |= modifier(SemanticTokenModifiers.Readonly);
						}
					}
				}
			}
		}
		if (type < 0 && classes.contains(GasmHighlightingStyles.UNRESOLVED_SYMBOL)) {
			type = type(SemanticTokenTypes.Variable);
		}
		return type < 0 ? null : new Token(offset, length, type, modifiers);
	}

	private static int lexicalType(ILeafNode leaf) {
		EObject element = leaf.getGrammarElement();
		if (element instanceof CrossReference reference) {
			element = reference.getTerminal();
		}
		if (element instanceof Keyword keyword) {
			return keyword.getValue().startsWith(".") ? type(SemanticTokenTypes.Keyword) : -1;
		}
		TerminalRule rule = element instanceof TerminalRule terminal ? terminal
				: element instanceof RuleCall call && call.getRule() instanceof TerminalRule terminal ? terminal : null;
		if (rule == null) {
			return -1;
		}
		return switch (rule.getName()) {
			case "ML_COMMENT", "SL_COMMENT" -> type(SemanticTokenTypes.Comment);
			case "STRING", "CHARACTER" -> type(SemanticTokenTypes.String);
			case "NUMBER" -> type(SemanticTokenTypes.Number);
			case "REGISTER" -> type(SemanticTokenTypes.EnumMember);
			case "DOT_ID", "CPP_DIRECTIVE", "CPP_DEFINE" -> type(SemanticTokenTypes.Keyword);
			case "MACRO_CALL_NAME" -> type(SemanticTokenTypes.Macro);
			case "MACRO_PARAMETER" -> type(SemanticTokenTypes.Parameter);
			default -> -1;
		};
	}

	private static int type(String name) {
		return TYPES.indexOf(name);
	}

	private static int modifier(String name) {
		return 1 << MODIFIERS.indexOf(name);
	}

	/** LSP's relative encoding; a token spanning lines (a block comment, a continued cpp line) becomes one per line. */
	private static List<Integer> encode(String text, List<Token> tokens) {
		LineOffsets lines = new LineOffsets(text);
		List<Integer> data = new ArrayList<>(tokens.size() * 5);
		int previousLine = 0;
		int previousStart = 0;
		for (Token token : tokens) {
			int start = token.offset();
			int end = Math.min(text.length(), token.offset() + token.length());
			while (start < end) {
				int line = lines.lineOf(start);
				int lineEnd = text.indexOf('\n', start);
				int pieceEnd = lineEnd < 0 || lineEnd > end ? end : lineEnd;
				int character = start - lines.startOf(line);
				if (pieceEnd > start) {
					data.add(line - previousLine);
					data.add(line == previousLine ? character - previousStart : character);
					data.add(pieceEnd - start);
					data.add(token.type());
					data.add(token.modifiers());
					previousLine = line;
					previousStart = character;
				}
				start = pieceEnd + 1;
			}
		}
		return data;
	}
}
