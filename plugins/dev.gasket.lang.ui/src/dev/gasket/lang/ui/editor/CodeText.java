package dev.gasket.lang.ui.editor;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.Document;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentPartitioner;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITypedRegion;
import org.eclipse.jface.text.TextUtilities;
import org.eclipse.jface.text.rules.IToken;

/**
 * Which characters of a line are code rather than comment or string, as the editor colours them: block comments by
 * the document's partitioning ({@link GasmPartitions}), {@code #} comments and strings by {@link GasmTokenScanner};
 * the character after a {@code '} is a character constant ({@code '(}), not code either.
 */
final class CodeText {

	private CodeText() {
	}

	/** For each character of line {@code line} (without its delimiter), whether it is code. */
	static boolean[] codeOf(IDocument document, int line) throws BadLocationException {
		IRegion region = document.getLineInformation(line);
		boolean[] code = new boolean[region.getLength()];
		for (ITypedRegion partition : TextUtilities.computePartitioning(document, GasmPartitions.PARTITIONING, region.getOffset(), region.getLength(), false)) {
			if (IDocument.DEFAULT_CONTENT_TYPE.equals(partition.getType())) {
				markTokens(document, partition, region.getOffset(), code);
			}
		}
		String text = document.get(region.getOffset(), region.getLength());
		for (int index = 0; index + 1 < code.length; index++) {
			if (code[index] && text.charAt(index) == '\'') {
				boolean escaped = text.charAt(index + 1) == '\\';
				code[index + 1] = false;
				if (escaped && index + 2 < code.length) {
					code[index + 2] = false;
				}
				index += escaped ? 2 : 1;
			}
		}
		return code;
	}

	/** Whether {@code typed} would be code if inserted at {@code offset}: outside block comments, then as its line reads with it. */
	static boolean wouldBeCode(IDocument document, int offset, char typed) throws BadLocationException {
		if (offset > 0) {
			ITypedRegion before = TextUtilities.getPartition(document, GasmPartitions.PARTITIONING, offset - 1, false);
			boolean insideComment = GasmPartitions.BLOCK_COMMENT.equals(before.getType())
					&& (offset < before.getOffset() + before.getLength() || !document.get(before.getOffset(), before.getLength()).endsWith("*/"));
			if (insideComment) {
				return false;
			}
		}
		IRegion line = document.getLineInformationOfOffset(offset);
		String before = document.get(line.getOffset(), offset - line.getOffset());
		String after = document.get(offset, line.getOffset() + line.getLength() - offset);
		Document typedLine = new Document(before + typed + after);
		IDocumentPartitioner partitioner = GasmPartitions.createPartitioner();
		typedLine.setDocumentPartitioner(GasmPartitions.PARTITIONING, partitioner);
		partitioner.connect(typedLine);
		return codeOf(typedLine, 0)[before.length()];
	}

	private static void markTokens(IDocument document, ITypedRegion partition, int lineOffset, boolean[] code) {
		GasmTokenScanner scanner = new GasmTokenScanner();
		scanner.setRange(document, partition.getOffset(), partition.getLength());
		for (IToken token = scanner.nextToken(); !token.isEOF(); token = scanner.nextToken()) {
			Object style = token.getData();
			if (style != GasmLexicalStyle.COMMENT && style != GasmLexicalStyle.STRING) {
				int start = scanner.getTokenOffset() - lineOffset;
				for (int index = start; index < start + scanner.getTokenLength(); index++) {
					code[index] = true;
				}
			}
		}
	}
}
