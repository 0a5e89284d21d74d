package dev.gasket.debug.ui.launch;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the language model finds in a program's sources.
 *
 * @param code    the symbols a program can start at, in source order
 * @param defined every name the sources define for the linker (code, data, labels, constants)
 */
public record ProgramSymbols(List<CodeSymbol> code, Set<String> defined) {

	public ProgramSymbols {
		code = List.copyOf(code);
		defined = Set.copyOf(defined);
	}

	public Optional<CodeSymbol> firstCode() {
		return code.stream().findFirst();
	}

	public Optional<CodeSymbol> code(String name) {
		return code.stream().filter(symbol -> symbol.name().equals(name)).findFirst();
	}
}
