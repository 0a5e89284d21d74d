package dev.gasket.x86.machine;

import dev.gasket.x86.cpu.CpuFault;
import dev.gasket.x86.cpu.CpuMode;

/**
 * What stopped the machine, where, and the details a debugger shows.
 *
 * @param rip       RIP when stopped (for EXCEPTION: of the faulting instruction)
 * @param exception the fault for EXCEPTION, else null
 * @param address   the breakpoint or the watched access's linear address, else 0
 * @param modeBefore the mode before the last instruction (differs from {@code mode} for MODE_CHANGE)
 */
public record StopEvent(StopReason reason, long rip, CpuMode mode, CpuMode modeBefore, CpuFault exception,
		long address, String detail) {

	@Override
	public String toString() {
		return String.format("%s at 0x%x (%s)%s", reason, rip, mode.label(), detail.isEmpty() ? "" : ": " + detail);
	}
}
