package dev.gasket.toolchain.dwarf;

import java.util.List;

/**
 * Where a requested source line actually has code.
 *
 * @param location  the line that has code, at or after the requested one
 * @param addresses the addresses of its statement rows, ascending, without duplicates
 */
public record ResolvedLine(SourceLocation location, List<Long> addresses) {

	public ResolvedLine {
		addresses = List.copyOf(addresses);
	}
}
