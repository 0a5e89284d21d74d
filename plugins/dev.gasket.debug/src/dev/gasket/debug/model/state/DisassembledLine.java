package dev.gasket.debug.model.state;

import java.util.Optional;

import dev.gasket.toolchain.dwarf.SourceLocation;

/**
 * One instruction of a {@link Disassembly}.
 *
 * @param address  its linear address
 * @param bytes    its encoding (empty for memory that cannot be read)
 * @param text     AT&T text as objdump prints it, with {@code <symbol+off>} after branch targets and RIP-relative
 *                 addresses; {@code (bad)} for bytes that encode no instruction
 * @param location the source line the line table gives for the address
 * @param current  whether it is the instruction at RIP
 */
public record DisassembledLine(long address, byte[] bytes, String text, Optional<SourceLocation> location, boolean current) {

	public DisassembledLine {
		bytes = bytes.clone();
	}

	@Override
	public byte[] bytes() {
		return bytes.clone();
	}
}
