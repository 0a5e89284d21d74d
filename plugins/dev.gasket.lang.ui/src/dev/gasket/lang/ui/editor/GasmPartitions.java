package dev.gasket.lang.ui.editor;

import org.eclipse.jface.text.IDocumentPartitioner;
import org.eclipse.jface.text.rules.FastPartitioner;
import org.eclipse.jface.text.rules.IPredicateRule;
import org.eclipse.jface.text.rules.MultiLineRule;
import org.eclipse.jface.text.rules.RuleBasedPartitionScanner;
import org.eclipse.jface.text.rules.Token;

/**
 * Block comments are their own partition: they span lines, and a line-based rescan of the code alone could not
 * tell that a line sits inside one.
 */
public final class GasmPartitions {
	public static final String PARTITIONING = "dev.gasket.lang.ui.partitioning";
	public static final String BLOCK_COMMENT = "__gasm_block_comment";
	static final String[] CONTENT_TYPES = { BLOCK_COMMENT };

	private GasmPartitions() {
	}

	public static IDocumentPartitioner createPartitioner() {
		RuleBasedPartitionScanner scanner = new RuleBasedPartitionScanner();
		scanner.setPredicateRules(new IPredicateRule[] { new MultiLineRule("/*", "*/", new Token(BLOCK_COMMENT), (char) 0, true) });
		return new FastPartitioner(scanner, CONTENT_TYPES);
	}
}
