package dev.gasket.debug.model;

import java.util.Optional;

import dev.gasket.toolchain.dwarf.SourceLocation;

/**
 * One frame of the call chain as seen at a suspend.
 *
 * @param address  the linear address of the frame's instruction: the next one for the top frame, the call for callers
 * @param location its source line, if the line table covers it
 * @param symbol   {@code name+0x12}, if a symbol lies at or below the address
 */
record FrameInfo(long address, Optional<SourceLocation> location, Optional<String> symbol) {

	String name() {
		return symbol.orElse(String.format("0x%x", address));
	}
}
