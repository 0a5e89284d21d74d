package dev.gasket.lang.parser;

import dev.gasket.lang.parser.antlr.GasmParser;

/**
 * Reparses the whole text on every change: {@link GasmLexer}'s context (line starts, cpp continuations, Intel-syntax
 * regions) depends on text before the edit, which Xtext's partial reparse would start without.
 */
public class FullyReparsingGasmParser extends GasmParser {
	@Override
	protected boolean isReparseSupported() {
		return false;
	}
}
