package dev.gasket.lang.ide.folding;

import java.util.Comparator;
import java.util.SortedSet;
import java.util.TreeSet;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.AbstractRule;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.ide.editor.folding.FoldingRange;
import org.eclipse.xtext.ide.editor.folding.FoldingRangeKind;
import org.eclipse.xtext.ide.editor.folding.IFoldingRangeProvider;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.parser.IParseResult;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;

import com.google.inject.Inject;
import com.google.inject.Singleton;

import dev.gasket.lang.ide.text.LineOffsets;
import dev.gasket.lang.services.GasmGrammarAccess;
import dev.gasket.lang.structure.BlockSpan;
import dev.gasket.lang.structure.FileStructures;

/**
 * Folds what a reader of assembly wants out of the way: closed blocks ({@code .macro}, {@code .rept/.irp},
 * {@code .if}, cpp {@code #if}, {@code SYM_*_START … SYM_*_END}) from the opener's line to the end of the closer's
 * line, {@code /* *}{@code /} comments over several lines, and runs of two or more whole-line {@code #} comments.
 * Blocks come from the file structure, so unclosed or broken ones simply do not fold.
 */
@Singleton
public class GasmFoldingRangeProvider implements IFoldingRangeProvider {
	private static final Comparator<FoldingRange> BY_POSITION = Comparator.comparingInt(FoldingRange::getOffset)
			.thenComparingInt(FoldingRange::getLength).thenComparing(range -> range.getKind() == null ? "" : range.getKind().toString());

	@Inject
	private FileStructures structures;

	@Inject
	private GasmGrammarAccess grammar;

	@Override
	public SortedSet<FoldingRange> getFoldingRanges(XtextResource resource, CancelIndicator cancelIndicator) {
		SortedSet<FoldingRange> ranges = new TreeSet<>(BY_POSITION);
		IParseResult parse = resource.getParseResult();
		if (parse == null || parse.getRootNode() == null) {
			return ranges;
		}
		LineOffsets lines = new LineOffsets(parse.getRootNode().getText());
		addBlocks(resource, lines, ranges, cancelIndicator);
		addComments(resource, parse.getRootNode(), lines, ranges, cancelIndicator);
		return ranges;
	}

	private void addBlocks(XtextResource resource, LineOffsets lines, SortedSet<FoldingRange> ranges, CancelIndicator cancelIndicator) {
		for (BlockSpan span : structures.of(resource).blockSpans()) {
			if (cancelIndicator.isCanceled()) {
				return;
			}
			ICompositeNode opener = NodeModelUtils.findActualNodeFor(span.opener());
			ICompositeNode closer = NodeModelUtils.findActualNodeFor(span.closer());
			if (opener == null || closer == null) {
				continue;
			}
			int firstLine = lines.lineOf(opener.getOffset());
			int lastLine = lines.lineOf(closer.getEndOffset());
			if (lastLine > firstLine) {
				int start = lines.startOf(firstLine);
				ranges.add(new FoldingRange(start, lines.endOf(lastLine) - start, FoldingRangeKind.REGION));
			}
		}
	}

	private void addComments(XtextResource resource, ICompositeNode root, LineOffsets lines, SortedSet<FoldingRange> ranges,
			CancelIndicator cancelIndicator) {
		boolean cppLinesAreComments = !FileStructures.isPreprocessed(resource);
		CommentRun run = new CommentRun();
		for (ILeafNode leaf : root.getLeafNodes()) {
			if (cancelIndicator.isCanceled()) {
				return;
			}
			AbstractRule rule = ruleOf(leaf);
			if (leaf.isHidden() && rule == grammar.getML_COMMENTRule()) {
				if (lines.lineOf(leaf.getEndOffset()) > lines.lineOf(leaf.getOffset())) {
					ranges.add(new FoldingRange(leaf.getOffset(), leaf.getLength(), FoldingRangeKind.COMMENT));
				}
			} else if (leaf.isHidden() && rule == grammar.getSL_COMMENTRule() && lines.startsLine(leaf.getOffset())) {
				run.add(lines.lineOf(leaf.getOffset()), leaf.getOffset(), leaf.getEndOffset(), ranges);
			} else if (cppLinesAreComments && (rule == grammar.getCPP_DIRECTIVERule() || rule == grammar.getCPP_DEFINERule())
					&& lines.startsLine(leaf.getOffset())) {
				// GAS reads `#define`/`#if` lines of a .s file as comments, though the lexer keeps their cpp shape
				int line = lines.lineOf(leaf.getOffset());
				run.add(line, leaf.getOffset(), lines.endOf(line), ranges);
			}
		}
		run.addTo(ranges);
	}

	private static AbstractRule ruleOf(ILeafNode leaf) {
		EObject element = leaf.getGrammarElement();
		if (element instanceof RuleCall call) {
			return call.getRule();
		}
		return element instanceof AbstractRule rule ? rule : null;
	}

	/** Whole-line {@code #} comments on consecutive lines. */
	private static final class CommentRun {
		int count;
		int start;
		int end;
		int lastLine;

		/** Extends the run with a comment line, or ends it and starts the next when the line does not follow on. */
		void add(int line, int commentStart, int commentEnd, SortedSet<FoldingRange> ranges) {
			if (count > 0 && line != lastLine + 1) {
				addTo(ranges);
				count = 0;
			}
			if (count == 0) {
				start = commentStart;
			}
			count++;
			lastLine = line;
			end = commentEnd;
		}

		void addTo(SortedSet<FoldingRange> ranges) {
			if (count >= 2) {
				ranges.add(new FoldingRange(start, end - start, FoldingRangeKind.COMMENT));
			}
		}
	}
}
