package dev.gasket.x86.tests.lockstep;

import java.util.HexFormat;
import java.util.Map;

import dev.gasket.x86.cpu.CpuFault;
import dev.gasket.x86.decode.Instruction;
import dev.gasket.x86.machine.Machine;
import dev.gasket.x86.tests.qemu.FlatImage;

/** How a divergence report names an instruction: linear address, program symbol, mnemonic and bytes. */
final class InstructionText {

	private InstructionText() {
	}

	/** The instruction the emulator runs next; called before stepping, as the decoder reuses its instances. */
	static String next(Machine machine, FlatImage program) {
		long address = machine.linearRip();
		String location = String.format("0x%x%s", address, symbolic(address, program));
		try {
			Instruction insn = machine.interpreter().peek();
			return location + ": " + insn + " [" + HexFormat.ofDelimiter(" ").formatHex(insn.bytes()) + "]";
		} catch (CpuFault fault) {
			return location + ": (fetch faults: " + fault.getMessage() + ")";
		}
	}

	/** {@code " <symbol+offset>"} for the nearest program symbol at or below {@code address}, else empty. */
	static String symbolic(long address, FlatImage program) {
		long end = program.loadAddress() + program.size();
		String best = null;
		long bestAddress = Long.MIN_VALUE;
		for (Map.Entry<String, Long> symbol : program.symbols().entrySet()) {
			long value = symbol.getValue();
			boolean inImage = value >= program.loadAddress() && value < end;
			if (inImage && value <= address && value > bestAddress) {
				best = symbol.getKey();
				bestAddress = value;
			}
		}
		if (best == null || address >= end) {
			return "";
		}
		return address == bestAddress ? " <" + best + ">" : String.format(" <%s+0x%x>", best, address - bestAddress);
	}
}
