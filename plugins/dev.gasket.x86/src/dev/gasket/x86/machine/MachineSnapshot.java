package dev.gasket.x86.machine;

import dev.gasket.x86.cpu.CpuFault;
import dev.gasket.x86.cpu.CpuState;
import dev.gasket.x86.mem.PhysicalMemory;

/** A machine's state at one moment; memory pages are shared with the machine until either writes them. */
public record MachineSnapshot(CpuState cpu, PhysicalMemory.Snapshot memory, long instructionCount, boolean halted,
		String shutdownReason, CpuFault pendingFault) {
}
