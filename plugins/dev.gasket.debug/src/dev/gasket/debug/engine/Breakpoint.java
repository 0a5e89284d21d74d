package dev.gasket.debug.engine;

import java.util.List;
import java.util.Optional;

import dev.gasket.toolchain.dwarf.SourceLocation;

/**
 * A breakpoint as the session placed it.
 *
 * @param spec      what the user asked for: {@code FILE:LINE}, a symbol, or an address
 * @param addresses where it stops (a line can have code at several addresses)
 * @param location  the source line it stops at, which may be later than the one asked for
 * @param note      why it moved, e.g. "line 12 has no code; using line 14", else empty
 * @param condition stops only where this {@link Expression} is non-zero
 */
public record Breakpoint(String spec, List<Long> addresses, Optional<SourceLocation> location, String note,
		Optional<String> condition) {
}
