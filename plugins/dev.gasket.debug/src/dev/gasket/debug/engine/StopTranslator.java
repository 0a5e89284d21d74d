package dev.gasket.debug.engine;

import java.util.Optional;

import dev.gasket.x86.cpu.CpuFault;
import dev.gasket.x86.machine.Machine;
import dev.gasket.x86.machine.StopEvent;

/** Turns the machine's stop events into session stops with source line and symbol. */
final class StopTranslator {

	private final ProgramImage program;
	private final Machine machine;

	StopTranslator(ProgramImage program, Machine machine) {
		this.program = program;
		this.machine = machine;
	}

	SessionStop translate(StopEvent event) {
		SessionStopReason reason = switch (event.reason()) {
			case STEP -> SessionStopReason.STEP_END;
			case BREAKPOINT -> SessionStopReason.BREAKPOINT;
			case WATCHPOINT -> SessionStopReason.WATCHPOINT;
			case MODE_CHANGE -> SessionStopReason.MODE_CHANGE;
			case EXCEPTION -> SessionStopReason.EXCEPTION;
			case TRIPLE_FAULT -> SessionStopReason.TRIPLE_FAULT;
			case HALTED -> SessionStopReason.HALTED;
			case INSTRUCTION_LIMIT -> SessionStopReason.INSTRUCTION_LIMIT;
			case STOP_REQUESTED -> SessionStopReason.SUSPENDED;
		};
		if (reason == SessionStopReason.HALTED && machine.interpreter().current() != null) {
			// RIP is already past hlt; the line to show is the hlt's own.
			long hlt = machine.linearRip() - machine.interpreter().current().length();
			return at(hlt, reason, Optional.empty(), event.detail());
		}
		return at(reason, Optional.ofNullable(event.exception()), event.detail());
	}

	SessionStop limit(long instructions) {
		return at(SessionStopReason.INSTRUCTION_LIMIT, Optional.empty(), instructions + " instructions executed");
	}

	/** A stop at the current instruction. */
	SessionStop at(SessionStopReason reason, Optional<CpuFault> exception, String detail) {
		return at(machine.linearRip(), reason, exception, detail);
	}

	private SessionStop at(long address, SessionStopReason reason, Optional<CpuFault> exception, String detail) {
		return new SessionStop(reason, address, program.location(address), program.describe(address), machine.cpu().mode(),
				machine.cpu().cpl(), exception, detail);
	}
}
