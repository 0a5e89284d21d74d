package dev.gasket.lang.ui.references;

import java.nio.file.Path;

import dev.gasket.lang.ide.navigation.SymbolLocation;

/**
 * One place a symbol is named, with the text of its line for the Search view.
 *
 * @param location where the name is written
 * @param lineText the whole line the name is on, without its line break
 * @param definition whether this is where the symbol is defined rather than a use
 */
public record Reference(SymbolLocation location, String lineText, boolean definition) {

	public Path file() {
		return Path.of(location.uri().toFileString());
	}
}
