package dev.gasket.lang.ide.navigation;

/**
 * Where a symbol is named in one file.
 *
 * @param location the name's range
 * @param definition whether the name is the symbol's definition rather than a use
 */
public record Occurrence(SymbolLocation location, boolean definition) {
}
