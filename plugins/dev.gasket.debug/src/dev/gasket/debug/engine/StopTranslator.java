package dev.gasket.debug.engine;

import java.util.Arrays;
import java.util.Optional;
import java.util.OptionalLong;

import dev.gasket.x86.cpu.CpuFault;
import dev.gasket.x86.decode.Instruction;
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
			return at(hlt, reason, Optional.empty(), event.detail(), OptionalLong.empty());
		}
		if (reason == SessionStopReason.WATCHPOINT) {
			return at(machine.linearRip(), reason, Optional.empty(), watchDetail(event), OptionalLong.of(event.address()));
		}
		return at(reason, Optional.ofNullable(event.exception()), event.detail());
	}

	SessionStop limit(long instructions) {
		return at(SessionStopReason.INSTRUCTION_LIMIT, Optional.empty(), instructions + " instructions executed");
	}

	/** A stop at the current instruction. */
	SessionStop at(SessionStopReason reason, Optional<CpuFault> exception, String detail) {
		return at(machine.linearRip(), reason, exception, detail, OptionalLong.empty());
	}

	private SessionStop at(long address, SessionStopReason reason, Optional<CpuFault> exception, String detail,
			OptionalLong dataAddress) {
		return new SessionStop(reason, address, program.location(address), program.describe(address), machine.cpu().mode(),
				machine.cpu().cpl(), exception, detail, dataAddress);
	}

	/** E.g. "write to tr_lock (0x2038) by the instruction at trampoline_64.S:98": RIP is already past that instruction. */
	private String watchDetail(StopEvent event) {
		String data = program.describe(event.address()).map(name -> name + " (0x" + Long.toHexString(event.address()) + ")")
				.orElse("0x" + Long.toHexString(event.address()));
		String access = event.detail().startsWith("WRITE") ? "write to " : event.detail().startsWith("READ") ? "read of " : "access to ";
		return access + data + accessingInstruction().map(where -> " by the instruction at " + where).orElse("");
	}

	/** Where the last executed instruction lies, when it ran in sequence (its bytes end right at RIP). */
	private Optional<String> accessingInstruction() {
		Instruction last = machine.interpreter().current();
		if (last == null) {
			return Optional.empty();
		}
		long address = machine.linearRip() - last.length();
		try {
			if (!Arrays.equals(machine.readLinear(address, last.length()), last.bytes())) {
				return Optional.empty();
			}
		} catch (RuntimeException unmapped) {
			return Optional.empty();
		}
		return Optional.of(program.location(address).map(at -> at.file().getFileName() + ":" + at.line())
				.orElse("0x" + Long.toHexString(address)));
	}
}
