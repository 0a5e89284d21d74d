package dev.gasket.lang.ui.editor;

import org.eclipse.jface.resource.ColorRegistry;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.TextAttribute;
import org.eclipse.jface.text.presentation.PresentationReconciler;
import org.eclipse.jface.text.rules.DefaultDamagerRepairer;
import org.eclipse.jface.text.rules.IToken;
import org.eclipse.jface.text.rules.ITokenScanner;
import org.eclipse.jface.text.rules.RuleBasedScanner;
import org.eclipse.ui.PlatformUI;

/**
 * Lexical colouring for the generic editor: the code scanner for code, one style for block comments.
 */
public class GasmPresentationReconciler extends PresentationReconciler {

	public GasmPresentationReconciler() {
		setDocumentPartitioning(GasmPartitions.PARTITIONING);
		ColorRegistry colors = PlatformUI.getWorkbench().getThemeManager().getCurrentTheme().getColorRegistry();

		ThemedDamagerRepairer code = new ThemedDamagerRepairer(new GasmTokenScanner(), colors);
		setDamager(code, IDocument.DEFAULT_CONTENT_TYPE);
		setRepairer(code, IDocument.DEFAULT_CONTENT_TYPE);

		RuleBasedScanner wholeComment = new RuleBasedScanner();
		wholeComment.setDefaultReturnToken(GasmLexicalStyle.COMMENT.token());
		ThemedDamagerRepairer comment = new ThemedDamagerRepairer(wholeComment, colors);
		setDamager(comment, GasmPartitions.BLOCK_COMMENT);
		setRepairer(comment, GasmPartitions.BLOCK_COMMENT);
	}

	/** Resolves a token's {@link GasmLexicalStyle} to the theme's current colour when the text is drawn. */
	private static final class ThemedDamagerRepairer extends DefaultDamagerRepairer {
		private final ColorRegistry colors;

		ThemedDamagerRepairer(ITokenScanner scanner, ColorRegistry colors) {
			super(scanner);
			this.colors = colors;
		}

		@Override
		protected TextAttribute getTokenTextAttribute(IToken token) {
			if (token.getData() instanceof GasmLexicalStyle style) {
				return new TextAttribute(colors.get(style.colorId()), null, style.fontStyle());
			}
			return super.getTokenTextAttribute(token);
		}
	}
}
