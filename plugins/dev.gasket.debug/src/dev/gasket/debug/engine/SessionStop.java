package dev.gasket.debug.engine;

import java.util.Optional;
import java.util.OptionalLong;

import dev.gasket.toolchain.dwarf.SourceLocation;
import dev.gasket.x86.cpu.CpuFault;
import dev.gasket.x86.cpu.CpuMode;

/**
 * Where and why a session stopped.
 *
 * @param address   the linear address of the next instruction (of the faulting one for EXCEPTION)
 * @param location  its source line, if the line table covers it
 * @param symbol    {@code name+0x12} of the nearest symbol at or below the address
 * @param exception the fault for EXCEPTION (and the one that started a TRIPLE_FAULT chain), else empty
 * @param dataAddress for WATCHPOINT the linear address of the access that hit it, else empty
 */
public record SessionStop(SessionStopReason reason, long address, Optional<SourceLocation> location, Optional<String> symbol,
		CpuMode mode, int cpl, Optional<CpuFault> exception, String detail, OptionalLong dataAddress) {

	/** {@code file:line}, or the address in hex when no line is known. */
	public String where() {
		return location.map(at -> at.file().getFileName() + ":" + at.line()).orElse(String.format("0x%x", address));
	}
}
