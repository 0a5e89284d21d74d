package dev.gasket.lang.ide.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.antlr.runtime.ANTLRStringStream;
import org.antlr.runtime.Lexer;
import org.antlr.runtime.Token;
import org.eclipse.xtext.ide.LexerIdeBindings;
import org.eclipse.xtext.parser.antlr.LexerBindings;
import org.junit.jupiter.api.Test;

import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.name.Names;

import dev.gasket.lang.ide.GasmIdeSetup;
import dev.gasket.lang.parser.antlr.lexer.InternalGasmLexer;

class ContentAssistLexerTest {
	private static final String SOURCE = """
			#include <asm/segment.h>
			#define LOAD(reg) \\
				movl $1, reg
			SYM_CODE_START(trampoline_start64)
				incl (%eax)
			.intel_syntax noprefix
				mov eax, [ebx]
			.att_syntax
				xorq tr_cr4(%rip), %rax # a comment
			""";

	private record Lexed(int type, String text) {
	}

	private static List<Lexed> lex(Lexer lexer) {
		lexer.setCharStream(new ANTLRStringStream(SOURCE));
		List<Lexed> tokens = new ArrayList<>();
		for (Token token = lexer.nextToken(); token.getType() != Token.EOF; token = lexer.nextToken()) {
			tokens.add(new Lexed(token.getType(), token.getText()));
		}
		return tokens;
	}

	@Test
	void completionLexesLikeTheParser() {
		Injector injector = new GasmIdeSetup().createInjectorAndDoEMFRegistration();
		List<Lexed> runtime = lex((Lexer) injector.getInstance(Key.get(org.eclipse.xtext.parser.antlr.Lexer.class, Names.named(LexerBindings.RUNTIME))));
		List<Lexed> contentAssist = lex(injector.getInstance(
				Key.get(org.eclipse.xtext.ide.editor.contentassist.antlr.internal.Lexer.class, Names.named(LexerIdeBindings.CONTENT_ASSIST))));
		assertEquals(runtime, contentAssist);
		List<Integer> types = runtime.stream().map(Lexed::type).toList();
		for (int contextual : new int[] { InternalGasmLexer.RULE_CPP_DIRECTIVE, InternalGasmLexer.RULE_CPP_DEFINE, InternalGasmLexer.RULE_CPP_TEXT,
				InternalGasmLexer.RULE_MACRO_CALL_NAME, InternalGasmLexer.RULE_OPAQUE_LINE }) {
			assertTrue(types.contains(contextual), () -> "no token of type " + contextual + " in " + runtime);
		}
	}
}
