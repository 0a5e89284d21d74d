package dev.gasket.lang.ui.editor;

import java.util.List;
import java.util.Locale;

import org.eclipse.swt.SWT;

import dev.gasket.lang.ide.highlighting.GasmHighlightingStyles;
import dev.gasket.lang.symbols.SymbolKind;

/**
 * How the semantic style ids of a position look: the colour says what the name is (unresolved, a macro, a macro
 * parameter, a file-local symbol, else the symbol's kind) and bold marks where a symbol is defined. Colours are theme
 * colours (General &gt; Appearance &gt; Colors and Fonts &gt; Gasket Assembly Editor); each colour's own bold and
 * italic ({@link SyntaxStyles}, italic for unresolved names by default) are added when the text is drawn.
 *
 * @param colorId the theme colour, or null to keep the lexical colour
 * @param fontStyle {@link SWT#BOLD} for a definition, else {@link SWT#NORMAL}
 */
public record GasmSemanticStyle(String colorId, int fontStyle) {
	private static final String PREFIX = "dev.gasket.lang.ui.color.";
	public static final String UNRESOLVED = PREFIX + "unresolvedSymbol";
	public static final String MACRO = PREFIX + "macroUse";
	public static final String MACRO_PARAMETER = GasmLexicalStyle.MACRO_PARAMETER.colorId();
	public static final String LOCAL_SYMBOL = PREFIX + "localSymbol";

	/** The look of a position carrying {@code ids}; empty ids (mnemonics, directives) keep their lexical colour. */
	public static GasmSemanticStyle of(String... ids) {
		List<String> styles = List.of(ids);
		boolean definition = styles.contains(GasmHighlightingStyles.SYMBOL_DEFINITION) || styles.contains(GasmHighlightingStyles.LOCAL_SYMBOL_DEFINITION);
		boolean unresolved = styles.contains(GasmHighlightingStyles.UNRESOLVED_SYMBOL);
		return new GasmSemanticStyle(colorOf(styles, unresolved), definition ? SWT.BOLD : SWT.NORMAL);
	}

	private static String colorOf(List<String> styles, boolean unresolved) {
		if (unresolved) {
			return UNRESOLVED;
		}
		if (styles.contains(GasmHighlightingStyles.MACRO_PARAMETER)) {
			return MACRO_PARAMETER;
		}
		if (styles.contains(GasmHighlightingStyles.MACRO_USE) || styles.contains(GasmHighlightingStyles.kind(SymbolKind.CPP_MACRO))
				|| styles.contains(GasmHighlightingStyles.kind(SymbolKind.GAS_MACRO))) {
			return MACRO;
		}
		if (styles.contains(GasmHighlightingStyles.LOCAL_SYMBOL_DEFINITION) || styles.contains(GasmHighlightingStyles.LOCAL_SYMBOL_REFERENCE)) {
			return LOCAL_SYMBOL;
		}
		for (SymbolKind kind : SymbolKind.values()) {
			if (styles.contains(GasmHighlightingStyles.kind(kind))) {
				return kindColor(kind);
			}
		}
		return null;
	}

	/** The colour of symbols of {@code kind}: {@code dev.gasket.lang.ui.color.symbol.data}, … */
	public static String kindColor(SymbolKind kind) {
		return PREFIX + "symbol." + kind.name().toLowerCase(Locale.ROOT);
	}
}
