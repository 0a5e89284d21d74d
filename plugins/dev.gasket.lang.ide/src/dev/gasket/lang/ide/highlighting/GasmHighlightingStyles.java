package dev.gasket.lang.ide.highlighting;

import java.util.Locale;

import dev.gasket.lang.symbols.SymbolKind;

/**
 * Style ids of semantic highlighting; each editor maps them to its own colours. A symbol's position carries its role
 * (definition or reference, file-local or not) and, when it resolves, the kind of what it names.
 */
public interface GasmHighlightingStyles {
	String SYMBOL_DEFINITION = "gasm.symbol.definition";
	String LOCAL_SYMBOL_DEFINITION = "gasm.symbol.definition.local";
	String SYMBOL_REFERENCE = "gasm.symbol.reference";
	String LOCAL_SYMBOL_REFERENCE = "gasm.symbol.reference.local";
	String UNRESOLVED_SYMBOL = "gasm.symbol.unresolved";
	String MNEMONIC = "gasm.mnemonic";
	String PREFIX = "gasm.prefix";
	String DIRECTIVE = "gasm.directive";
	/** A use of a cpp function-like macro or of a GAS {@code .macro}. */
	String MACRO_USE = "gasm.macro";
	String MACRO_PARAMETER = "gasm.macro.parameter";
	String KIND_PREFIX = "gasm.kind.";

	/** The id saying what a symbol names: {@code gasm.kind.code}, {@code gasm.kind.data}, … */
	static String kind(SymbolKind kind) {
		return KIND_PREFIX + kind.name().toLowerCase(Locale.ROOT);
	}
}
