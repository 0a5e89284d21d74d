package dev.gasket.lang.symbols;

import java.util.OptionalInt;

/**
 * One row of the linkage-macro table: a cpp macro such as {@code SYM_DATA(tr_cr4, .space 4)} that defines (or ends)
 * the symbol named by one of its arguments.
 *
 * @param name the macro's name
 * @param symbolArgument index of the argument that names the symbol
 * @param kind what the symbol is
 * @param role whether the call defines the symbol, opens it (size = distance to the end call) or ends it
 * @param sizeArgument index of an argument holding the data directive that gives the size, if any
 */
public record LinkageMacro(String name, int symbolArgument, SymbolKind kind, Role role, OptionalInt sizeArgument) {

	public enum Role {
		DEFINE, START, END
	}

	public boolean defines() {
		return role != Role.END;
	}
}
