package dev.gasket.lang.ide.highlighting;

/**
 * Style ids of semantic highlighting; each editor maps them to its own colours.
 */
public interface GasmHighlightingStyles {
	String SYMBOL_DEFINITION = "gasm.symbol.definition";
	String LOCAL_SYMBOL_DEFINITION = "gasm.symbol.definition.local";
	String SYMBOL_REFERENCE = "gasm.symbol.reference";
	String LOCAL_SYMBOL_REFERENCE = "gasm.symbol.reference.local";
	String MNEMONIC = "gasm.mnemonic";
	String PREFIX = "gasm.prefix";
	String DIRECTIVE = "gasm.directive";
}
