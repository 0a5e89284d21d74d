package dev.gasket.lang.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.text.Document;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.rules.IToken;
import org.junit.jupiter.api.Test;

import dev.gasket.lang.ui.editor.GasmLexicalStyle;
import dev.gasket.lang.ui.editor.GasmTokenScanner;

class GasmTokenScannerTest {
	private record Styled(String text, GasmLexicalStyle style) {
	}

	private static List<Styled> scan(IDocument document, int offset, int length) {
		GasmTokenScanner scanner = new GasmTokenScanner();
		scanner.setRange(document, offset, length);
		List<Styled> styled = new ArrayList<>();
		for (IToken token = scanner.nextToken(); !token.isEOF(); token = scanner.nextToken()) {
			if (token.getData() instanceof GasmLexicalStyle style) {
				styled.add(new Styled(document.get().substring(scanner.getTokenOffset(), scanner.getTokenOffset() + scanner.getTokenLength()), style));
			}
		}
		return styled;
	}

	private static List<Styled> scan(String text) {
		Document document = new Document(text);
		return scan(document, 0, text.length());
	}

	@Test
	void coloursCppLinesCommentsAndOperands() {
		assertEquals(List.of(
				new Styled("#include <asm/segment.h>", GasmLexicalStyle.PREPROCESSOR),
				new Styled("trampoline_start", GasmLexicalStyle.LABEL),
				new Styled("1", GasmLexicalStyle.LOCAL_LABEL),
				new Styled("0x10", GasmLexicalStyle.NUMBER),
				new Styled("%eax", GasmLexicalStyle.REGISTER),
				new Styled("# lock word", GasmLexicalStyle.COMMENT),
				new Styled(".Ldone", GasmLexicalStyle.LOCAL_LABEL),
				new Styled(".long", GasmLexicalStyle.DIRECTIVE),
				new Styled("2f", GasmLexicalStyle.LOCAL_LABEL),
				new Styled("\"ax\"", GasmLexicalStyle.STRING),
				new Styled("\\lock_rip", GasmLexicalStyle.MACRO_PARAMETER)),
				scan("""
						#include <asm/segment.h>
						trampoline_start:
						1:\tmovl $0x10, %eax # lock word
						.Ldone: .long 2f, "ax", \\lock_rip
						"""));
	}

	@Test
	void hashIsACommentUnlessItStartsACppLine() {
		assertEquals(List.of(new Styled("# not #include", GasmLexicalStyle.COMMENT)), scan("nop # not #include\n"));
		assertEquals(List.of(new Styled("#ifdef CONFIG_X86_64", GasmLexicalStyle.PREPROCESSOR)), scan("  #ifdef CONFIG_X86_64\n"));
	}

	@Test
	void knowsItIsAtLineStartWhenTheDamagedRangeStartsMidDocument() {
		Document document = new Document("nop\n#define X 1\n");
		assertEquals(List.of(new Styled("#define X 1", GasmLexicalStyle.PREPROCESSOR)), scan(document, 4, 11));
	}

	@Test
	void binaryNumbersAreNotLabelReferences() {
		assertEquals(List.of(new Styled("0b101", GasmLexicalStyle.NUMBER), new Styled("0b", GasmLexicalStyle.LOCAL_LABEL)), scan("0b101 0b"));
	}

	@Test
	void registersAreColouredByClass() {
		assertEquals(List.of(
				new Styled("%cr4", GasmLexicalStyle.SYSTEM_REGISTER),
				new Styled("%rax", GasmLexicalStyle.REGISTER),
				new Styled("%ax", GasmLexicalStyle.REGISTER),
				new Styled("%ds", GasmLexicalStyle.SEGMENT_REGISTER),
				new Styled("%fs", GasmLexicalStyle.SEGMENT_REGISTER),
				new Styled("0x10", GasmLexicalStyle.NUMBER),
				new Styled("%rdx", GasmLexicalStyle.REGISTER),
				new Styled("%xmm0", GasmLexicalStyle.VECTOR_REGISTER),
				new Styled("%k1", GasmLexicalStyle.VECTOR_REGISTER),
				new Styled("%dr7", GasmLexicalStyle.SYSTEM_REGISTER),
				new Styled("%notareg", GasmLexicalStyle.REGISTER)),
				scan("movq %cr4, %rax\nmovw %ax, %ds\nmovq %fs:0x10, %rdx\nvmovdqa %xmm0, %k1\nmov %dr7 %notareg\n"));
	}
}
