package dev.gasket.lang.ide.navigation;

import java.util.List;

/**
 * One node of a file's outline: a section and the symbols assembled into it, a definition and the file-local labels
 * that follow it, or a definition alone.
 *
 * @param symbol where the definition names the symbol (or the file names the section), with its kind and size
 * @param children the entries nested under it, in file order
 */
public record OutlineEntry(SymbolLocation symbol, List<OutlineEntry> children) {
}
