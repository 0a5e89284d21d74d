package dev.gasket.lang.ide.navigation;

import java.util.OptionalLong;

import org.eclipse.emf.common.util.URI;

/**
 * Where a symbol is named: a definition or a reference, as a text range of a file.
 *
 * @param uri the file
 * @param offset start of the name
 * @param length length of the name (0 for a whole file, as an include target)
 * @param line 1-based line
 * @param column 1-based column, a tab counting as one
 * @param kind what the name denotes: code, data, label, constant, macro, cpp-macro, macro-parameter, file, section, …
 * @param name the symbol's name
 * @param size the symbol's size in bytes, when known
 */
public record SymbolLocation(URI uri, int offset, int length, int line, int column, String kind, String name, OptionalLong size) {
}
