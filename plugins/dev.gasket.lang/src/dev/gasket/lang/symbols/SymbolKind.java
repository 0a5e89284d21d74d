package dev.gasket.lang.symbols;

/**
 * What a definition names; stored in the index so other files can tell code from data without loading the file.
 */
public enum SymbolKind {
	CODE, DATA, LABEL, CONSTANT, COMMON, CPP_MACRO, GAS_MACRO;

	/** Names the linker sees; cpp and GAS macros exist only in the files that include their definition. */
	public boolean isLinkerVisible() {
		return this != CPP_MACRO && this != GAS_MACRO;
	}
}
