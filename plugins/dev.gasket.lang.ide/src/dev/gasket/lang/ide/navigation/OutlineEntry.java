package dev.gasket.lang.ide.navigation;

import java.util.List;

/**
 * One node of a file's outline: a definition and the file-local labels that follow it.
 *
 * @param symbol where the definition names the symbol, with its kind and size
 * @param children the file-local labels nested under it, in file order
 */
public record OutlineEntry(SymbolLocation symbol, List<OutlineEntry> children) {
}
