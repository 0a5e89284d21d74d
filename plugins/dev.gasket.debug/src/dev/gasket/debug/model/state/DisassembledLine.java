package dev.gasket.debug.model.state;

import java.util.Arrays;
import java.util.Objects;
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

	@Override
	public boolean equals(Object other) {
		return other instanceof DisassembledLine line && line.address == address && Arrays.equals(line.bytes, bytes)
				&& line.text.equals(text) && line.location.equals(location) && line.current == current;
	}

	@Override
	public int hashCode() {
		return Objects.hash(address, Arrays.hashCode(bytes), text, location, current);
	}

	/** E.g. {@code > 0x109a: lidt   0xfd7(%rip)        # 0x2078 <tr_idt>}, the current line marked. */
	@Override
	public String toString() {
		return String.format("%s0x%x: %s", current ? "> " : "  ", address, text);
	}
}
