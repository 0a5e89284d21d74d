package dev.gasket.debug.model.state;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

import dev.gasket.debug.engine.DebugSession;
import dev.gasket.debug.engine.ProgramImage;
import dev.gasket.x86.cpu.CpuMode;
import dev.gasket.x86.cpu.CpuState;
import dev.gasket.x86.cpu.SegmentRegister;
import dev.gasket.x86.decode.AttSyntax;
import dev.gasket.x86.decode.Instruction;
import dev.gasket.x86.machine.Machine;

/**
 * The instructions around an address, decoded from the machine's memory as the CPU would decode them now: in its
 * current mode (64-bit; else 32- or 16-bit by CS.D), at linear addresses. Lines before the address start at
 * known instruction boundaries (line-table rows, symbols), never in the middle of an instruction.
 */
public final class Disassembly {

	private Disassembly() {
	}

	/** Up to {@code before} instructions before {@code linearAddress}, the one there, and up to {@code after} after it. */
	public static List<DisassembledLine> around(DebugSession session, long linearAddress, int before, int after) {
		Machine machine = session.machine();
		int bitness = bitness(machine.cpu());
		InstructionReader reader = new InstructionReader(machine, bitness);
		List<DisassembledLine> lines = new ArrayList<>();
		for (long start : new InstructionStarts(session.program(), reader).before(linearAddress, before)) {
			lines.add(line(session, reader, start));
		}
		long address = linearAddress;
		for (int i = 0; i <= after; i++) {
			DisassembledLine line = line(session, reader, address);
			lines.add(line);
			if (line.bytes().length == 0) {
				break;
			}
			address += line.bytes().length;
		}
		return lines;
	}

	/** The code size the CPU decodes with: 64 in 64-bit mode, else CS.D picks 32 or 16 bits. */
	private static int bitness(CpuState cpu) {
		if (cpu.mode() == CpuMode.LONG_64) {
			return 64;
		}
		return cpu.segment(SegmentRegister.CS).isDefaultBig() ? 32 : 16;
	}

	private static DisassembledLine line(DebugSession session, InstructionReader reader, long address) {
		ProgramImage program = session.program();
		boolean current = address == session.machine().linearRip();
		InstructionReader.Decoded decoded = reader.decode(address);
		String text = decoded.text();
		if (decoded.instruction().isPresent()) {
			Instruction insn = decoded.instruction().get();
			OptionalLong shown = AttSyntax.shownAddress(insn, address);
			if (shown.isPresent()) {
				text += program.describe(shown.getAsLong()).map(symbol -> " <" + symbol + ">").orElse("");
			}
		}
		return new DisassembledLine(address, decoded.bytes(), text, program.location(address), current);
	}
}
