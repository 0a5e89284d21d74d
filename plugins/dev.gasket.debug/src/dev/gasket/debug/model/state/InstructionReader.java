package dev.gasket.debug.model.state;

import java.util.Optional;

import dev.gasket.x86.cpu.CpuFault;
import dev.gasket.x86.decode.AttSyntax;
import dev.gasket.x86.decode.Decoder;
import dev.gasket.x86.decode.Instruction;
import dev.gasket.x86.machine.Machine;

/** Decodes instructions of one code size from linear memory, without side effects. */
final class InstructionReader {

	/** An instruction; or {@code (bad)} and one byte where the bytes encode none; or no bytes where memory is unreadable. */
	record Decoded(Optional<Instruction> instruction, byte[] bytes, String text) {
	}

	/** Thrown out of the decoder's byte source at an unreadable address. */
	private static final class UnreadableMemory extends RuntimeException {
		private static final long serialVersionUID = 1L;

		UnreadableMemory(String message) {
			super(message, null, false, false);
		}
	}

	private final Machine machine;
	private final int bitness;
	private final Decoder decoder = new Decoder();

	InstructionReader(Machine machine, int bitness) {
		this.machine = machine;
		this.bitness = bitness;
	}

	Decoded decode(long address) {
		Instruction insn = new Instruction();
		try {
			decoder.decode(insn, this::byteAt, address, bitness);
			return new Decoded(Optional.of(insn), insn.bytes(), AttSyntax.format(insn, address));
		} catch (CpuFault undecodable) {
			return new Decoded(Optional.empty(), new byte[] { (byte) byteAt(address) }, "(bad)");
		} catch (UnreadableMemory unreadable) {
			return new Decoded(Optional.empty(), new byte[0], "(" + unreadable.getMessage() + ")");
		}
	}

	/** The length of the instruction at {@code address}: 1 for a byte that encodes none, 0 where memory is unreadable. */
	int length(long address) {
		return decode(address).bytes().length;
	}

	private int byteAt(long address) {
		byte[] data = LinearMemory.read(machine, address, 1).orElseThrow(() -> new UnreadableMemory(
				String.format("0x%x unreadable: %s", address, LinearMemory.failure(machine, address))));
		return Byte.toUnsignedInt(data[0]);
	}
}
