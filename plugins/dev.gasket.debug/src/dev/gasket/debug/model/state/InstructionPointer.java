package dev.gasket.debug.model.state;

import dev.gasket.x86.cpu.CpuMode;
import dev.gasket.x86.cpu.CpuState;
import dev.gasket.x86.cpu.SegmentRegister;

/** RIP (EIP outside 64-bit mode) with the symbol+offset of the instruction it points at, e.g. {@code 0x… <kernel_entry+0x4>}. */
final class InstructionPointer extends GeneralRegister {

	InstructionPointer(StateRegisterGroup group, String name, int bytes) {
		super(group, name, bytes);
	}

	@Override
	String text(MachineSample sample) {
		String hex = super.text(sample);
		return context.program().describe(linear(sample.cpu())).map(symbol -> hex + " <" + symbol + ">").orElse(hex);
	}

	/** Outside 64-bit mode the instruction pointer is an offset into CS. */
	private static long linear(CpuState cpu) {
		if (cpu.mode() == CpuMode.LONG_64) {
			return cpu.rip();
		}
		return (cpu.segment(SegmentRegister.CS).base() + cpu.rip()) & 0xffffffffL;
	}
}
