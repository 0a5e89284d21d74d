package dev.gasket.x86.tests.differential;

import dev.gasket.x86.cpu.CpuModel;
import dev.gasket.x86.cpu.CpuState;
import dev.gasket.x86.machine.Machine;
import dev.gasket.x86.machine.MachineSetup;
import dev.gasket.x86.machine.MachineSnapshot;
import dev.gasket.x86.machine.StopEvent;
import dev.gasket.x86.machine.StopReason;
import dev.gasket.x86.mem.PhysicalMemory;

/**
 * Runs snippets in the emulator the way the harness runs them on the host: 64-bit mode, code and data at the
 * harness's addresses (identity-mapped), the same registers and flags, and a breakpoint at the end of the code.
 * One machine serves all cases; after an exception it is restored to its clean state.
 */
final class EmulatorRunner {

	/** Page tables and GDT of {@link MachineSetup#longModeIdentity}, clear of the harness's code and data. */
	private static final long TABLES = 0x0010_0000L;
	/** Enough for the longest snippet with rep prefixes; a runaway emulator stops here. */
	private static final long MAX_INSTRUCTIONS = 10_000;

	/** The emulator's result, and why it stopped (a breakpoint at the end, or an exception, when all is well). */
	record Result(Outcome outcome, StopEvent event) {

		boolean stoppedAsExpected() {
			return event.reason() == StopReason.BREAKPOINT || event.reason() == StopReason.EXCEPTION;
		}
	}

	private final HarnessLayout layout;
	private final Machine machine;
	private final MachineSnapshot clean;
	private int previousCodeLength;

	EmulatorRunner(HarnessLayout layout) {
		this.layout = layout;
		this.machine = new Machine(CpuModel.LEGACY, layout.codeBase() + 2L * layout.codeCapacity()
				+ PhysicalMemory.PAGE_SIZE);
		MachineSetup.longModeIdentity(machine, TABLES);
		machine.setStopOnException(true);
		this.clean = machine.snapshot();
	}

	Result run(AssembledSnippet assembled) {
		Snippet snippet = assembled.snippet();
		byte[] code = assembled.code();
		PhysicalMemory memory = machine.memory();
		// Zeros over the previous snippet's tail, so running past the end does not find old code.
		memory.write(layout.codeBase(), new byte[Math.max(previousCodeLength, code.length)]);
		memory.write(layout.codeBase(), code);
		previousCodeLength = code.length;
		memory.write(layout.dataBase(), snippet.data());
		CpuState cpu = machine.cpu();
		for (int i = 0; i < 16; i++) {
			cpu.setGpr(i, snippet.registers()[i]);
		}
		cpu.setRip(layout.codeBase());
		cpu.setRflags(layout.fixedFlags() | snippet.rflags() & (FlagEffects.STATUS | FlagEffects.DF));
		long end = layout.codeBase() + code.length;
		machine.addBreakpoint(end);
		try {
			StopEvent event = machine.run(MAX_INSTRUCTIONS);
			return new Result(outcome(event), event);
		} finally {
			machine.removeBreakpoint(end);
			if (machine.cpu().rip() != end) {
				// Drops a pending exception or any state a failed case left.
				machine.restore(clean);
			}
		}
	}

	private Outcome outcome(StopEvent event) {
		CpuState cpu = machine.cpu();
		long[] registers = new long[16];
		for (int i = 0; i < 16; i++) {
			registers[i] = cpu.gpr(i);
		}
		byte[] data = machine.memory().read(layout.dataBase(), layout.dataSize());
		if (event.exception() == null) {
			return new Outcome(null, 0, 0, cpu.rip(), registers, cpu.rflags(), data);
		}
		return new Outcome(event.exception().vector(), event.exception().errorCode(),
				event.exception().faultingAddress(), event.rip(), registers, cpu.rflags(), data);
	}
}
