package dev.gasket.lang.ui.editor;

import org.eclipse.jface.resource.ColorRegistry;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.TextAttribute;
import org.eclipse.jface.text.presentation.PresentationReconciler;
import org.eclipse.jface.text.rules.DefaultDamagerRepairer;
import org.eclipse.jface.text.rules.IToken;
import org.eclipse.jface.text.rules.ITokenScanner;
import org.eclipse.jface.text.rules.RuleBasedScanner;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.ui.PlatformUI;

/**
 * Lexical colouring for the generic editor: the code scanner for code, one style for block comments. A changed
 * highlight colour or font style redraws the viewer, so preferences apply to open editors.
 */
public class GasmPresentationReconciler extends PresentationReconciler {
	private Runnable stopListening = () -> { };

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

	@Override
	public void install(ITextViewer viewer) {
		super.install(viewer);
		stopListening.run();
		stopListening = SyntaxStyles.addChangeListener(() -> redraw(viewer));
	}

	@Override
	public void uninstall() {
		stopListening.run();
		super.uninstall();
	}

	private static void redraw(ITextViewer viewer) {
		StyledText widget = viewer.getTextWidget();
		if (widget != null && !widget.isDisposed()) {
			widget.getDisplay().asyncExec(() -> {
				if (!widget.isDisposed()) {
					viewer.invalidateTextPresentation();
				}
			});
		}
	}

	/** Resolves a token's {@link GasmLexicalStyle} to the theme's current colour and the chosen font style when the text is drawn. */
	private static final class ThemedDamagerRepairer extends DefaultDamagerRepairer {
		private final ColorRegistry colors;

		ThemedDamagerRepairer(ITokenScanner scanner, ColorRegistry colors) {
			super(scanner);
			this.colors = colors;
		}

		@Override
		protected TextAttribute getTokenTextAttribute(IToken token) {
			if (token.getData() instanceof GasmLexicalStyle style) {
				return new TextAttribute(colors.get(style.colorId()), null, SyntaxStyles.fontStyle(style.colorId()));
			}
			return super.getTokenTextAttribute(token);
		}
	}
}
