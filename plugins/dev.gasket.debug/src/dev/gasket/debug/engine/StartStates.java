package dev.gasket.debug.engine;

import dev.gasket.x86.cpu.CpuState;
import dev.gasket.x86.cpu.Segment;
import dev.gasket.x86.cpu.SegmentRegister;
import dev.gasket.x86.machine.Machine;
import dev.gasket.x86.machine.MachineSetup;

/** Puts a machine into a {@link StartState} at an entry address; tables and the stack go at the top of RAM. */
final class StartStates {

	/** Room at the top of RAM for the engine's page tables and GDT (below them: the initial stack). */
	private static final long TABLE_AREA = 64 * 1024;
	private static final int FLAT_32 = Segment.P | Segment.S | Segment.DB | Segment.G | Segment.TYPE_WRITABLE_OR_READABLE
			| Segment.TYPE_ACCESSED;

	private StartStates() {
	}

	static void apply(Machine machine, StartState state, long entry) {
		long tables = (machine.memory().size() - TABLE_AREA) & ~0xfffL;
		CpuState cpu = machine.cpu();
		MachineSetup.reset(machine);
		switch (state) {
			case REAL -> {
				if (entry >= 0x100000) {
					throw new IllegalArgumentException(String.format("a real-mode entry must lie below 1 MiB, not at 0x%x", entry));
				}
				cpu.segment(SegmentRegister.CS).loadReal((int) (entry >>> 4));
				cpu.setRip(entry & 0xf);
			}
			case PROTECTED32 -> {
				MachineSetup.longModeIdentity(machine, tables, 4);
				cpu.setEfer(0);
				cpu.setCr4(0);
				cpu.setCr3(0);
				cpu.setCr0(0x11);
				cpu.segment(SegmentRegister.CS).load(MachineSetup.CODE32_SELECTOR, 0, 0xffffffffL, FLAT_32 | Segment.TYPE_CODE);
				for (SegmentRegister data : new SegmentRegister[] { SegmentRegister.DS, SegmentRegister.ES, SegmentRegister.SS,
						SegmentRegister.FS, SegmentRegister.GS }) {
					cpu.segment(data).load(MachineSetup.DATA_SELECTOR, 0, 0xffffffffL, FLAT_32);
				}
				machine.controlRegistersChanged();
				cpu.setRip(entry);
				cpu.setGpr(CpuState.RSP, tables);
			}
			case LONG4, LONG5 -> {
				MachineSetup.longModeIdentity(machine, tables, state == StartState.LONG5 ? 5 : 4);
				cpu.setRip(entry);
				cpu.setGpr(CpuState.RSP, tables);
			}
		}
	}
}
