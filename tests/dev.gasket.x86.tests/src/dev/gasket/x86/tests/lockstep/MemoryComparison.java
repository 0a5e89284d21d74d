package dev.gasket.x86.tests.lockstep;

import java.util.ArrayList;
import java.util.List;

import dev.gasket.x86.machine.Machine;
import dev.gasket.x86.tests.qemu.FlatImage;
import dev.gasket.x86.tests.qemu.GdbRemoteClient;

/**
 * Compares the memory both sides can have written, from address 0 (the real-mode IVT) to the end of the
 * program image (its data, stack, GDT and page tables), once the lockstep run is over: a wrong store only
 * shows in registers when something loads it again.
 */
final class MemoryComparison {

	private static final int REPORTED_DIFFERENCES = 16;

	private MemoryComparison() {
	}

	/** @throws AssertionError listing the first differing bytes with their program symbols */
	static void assertSame(GdbRemoteClient qemu, Machine machine, FlatImage program) {
		int length = Math.toIntExact(program.loadAddress() + program.size());
		byte[] reference = qemu.readMemory(0, length);
		byte[] emulated = machine.readLinear(0, length);
		List<String> differences = new ArrayList<>();
		int count = 0;
		for (int address = 0; address < length; address++) {
			int expected = reference[address] & 0xff;
			int actual = emulated[address] & 0xff;
			if (expected != actual && !QemuDeviations.explainsMemory(address, expected, actual, program)) {
				if (count++ < REPORTED_DIFFERENCES) {
					differences.add(String.format("0x%x%s: QEMU %02x emulator %02x", address,
							InstructionText.symbolic(address, program), expected, actual));
				}
			}
		}
		if (count > 0) {
			throw new AssertionError("memory differs once both reached hlt (registers agreed at every step); "
					+ "differing bytes: " + count + "; first ones:\n" + String.join("\n", differences));
		}
	}
}
