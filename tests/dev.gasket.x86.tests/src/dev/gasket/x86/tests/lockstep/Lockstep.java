package dev.gasket.x86.tests.lockstep;

import java.util.ArrayList;
import java.util.List;

import dev.gasket.x86.cpu.CpuFault;
import dev.gasket.x86.cpu.CpuMode;
import dev.gasket.x86.cpu.Flags;
import dev.gasket.x86.decode.Instruction;
import dev.gasket.x86.machine.Machine;
import dev.gasket.x86.machine.StopEvent;
import dev.gasket.x86.machine.StopReason;
import dev.gasket.x86.tests.lockstep.DivergenceReport.StatePair;
import dev.gasket.x86.tests.qemu.CpuSnapshot;
import dev.gasket.x86.tests.qemu.FlatImage;
import dev.gasket.x86.tests.qemu.GdbRemoteClient;
import dev.gasket.x86.tests.qemu.GdbRemoteException;
import dev.gasket.x86.tests.qemu.QemuTrace;
import dev.gasket.x86.tests.qemu.StopReply;

/**
 * Steps QEMU and the emulator one instruction at a time from the same state and compares them after every
 * step, until both are about to execute the {@code hlt} at the halt address (QEMU never completes a step of
 * {@code hlt}), then compares their memory ({@link MemoryComparison}). The first difference fails the run
 * with a {@link DivergenceReport}.
 * <p>
 * A {@link PendingFlagsTwin} runs alongside, so that lazily computed flags are also compared the way a
 * plain run uses them.
 * <p>
 * Tolerated: the known {@link QemuDeviations}, and the flags the SDM leaves undefined after the instruction
 * just executed ({@link UndefinedFlags}); those are then copied from QEMU into the emulator so that later
 * steps compare defined behaviour only, and each copy is listed in the result.
 */
final class Lockstep {

	private final GdbRemoteClient qemu;
	private final Machine machine;
	private final PendingFlagsTwin pendingFlags;
	private final FlatImage program;
	private final long haltAddress;
	private final List<CpuMode> modes = new ArrayList<>();
	private final List<String> undefinedFlags = new ArrayList<>();

	private Lockstep(GdbRemoteClient qemu, Machine machine, Machine pendingFlags, FlatImage program,
			long haltAddress) {
		this.qemu = qemu;
		this.machine = machine;
		this.pendingFlags = new PendingFlagsTwin(pendingFlags);
		this.program = program;
		this.haltAddress = haltAddress;
	}

	/**
	 * Runs both until the {@code hlt} at {@code haltSymbol} of {@code program}.
	 *
	 * @param qemu         stopped where the emulator's state is (normally both at reset)
	 * @param machine      the emulator compared with QEMU
	 * @param pendingFlags an identical second emulator for a {@link PendingFlagsTwin}
	 * @param maxSteps     fail if the halt address is not reached after this many steps
	 * @throws AssertionError on the first divergence, with the report as message
	 */
	static LockstepResult run(GdbRemoteClient qemu, Machine machine, Machine pendingFlags, FlatImage program,
			String haltSymbol, int maxSteps) {
		return new Lockstep(qemu, machine, pendingFlags, program, program.symbol(haltSymbol)).run(maxSteps);
	}

	private LockstepResult run(int maxSteps) {
		CpuSnapshot qemuSnapshot = QemuTrace.snapshot(qemu);
		StatePair now = new StatePair(ComparedState.ofQemu(qemuSnapshot), ComparedState.ofEmulator(machine.cpu()));
		StatePair before = null;
		String instruction = "reset (no instruction executed yet)";
		long undefined = 0;
		for (int step = 0;; step++) {
			now = compare(step, instruction, undefined, before, now);
			modes.add(now.qemu().mode());
			boolean qemuHalts = qemuSnapshot.linearInstructionPointer() == haltAddress;
			boolean emulatorHalts = machine.linearRip() == haltAddress;
			if (qemuHalts && emulatorHalts) {
				MemoryComparison.assertSame(qemu, machine, program);
				pendingFlags.assertAgreesAtTheEnd(step, machine, program);
				return new LockstepResult(step, collapsed(modes), undefinedFlags);
			}
			if (qemuHalts || emulatorHalts || step == maxSteps) {
				String problem = qemuHalts || emulatorHalts
						? "only " + (qemuHalts ? "QEMU" : "the emulator") + " is at the halt address"
						: "halt address not reached within " + maxSteps + " steps";
				throw new AssertionError(DivergenceReport.of(step, instruction, problem, before, now));
			}
			instruction = InstructionText.next(machine, program);
			undefined = undefinedAfterNext();
			before = now;
			long retired = machine.instructionCount();
			StopEvent event = machine.step();
			pendingFlags.step();
			if (machine.instructionCount() == retired) {
				// It faulted and the exception was delivered: flags as before, nothing is undefined.
				undefined = 0;
			}
			StopReply reply;
			try {
				reply = qemu.step();
				qemuSnapshot = QemuTrace.snapshot(qemu);
			} catch (GdbRemoteException e) {
				// With -no-reboot QEMU exits on a triple fault, e.g. an exception with no IDT.
				throw new AssertionError("QEMU stopped answering at step " + (step + 1) + " after " + instruction
						+ " (emulator: " + event + "): " + e.getMessage(), e);
			}
			now = new StatePair(ComparedState.ofQemu(qemuSnapshot), ComparedState.ofEmulator(machine.cpu()));
			if (event.reason() != StopReason.STEP || !reply.isTrap()) {
				String problem = "emulator stopped with " + event + "; QEMU with " + reply;
				throw new AssertionError(DivergenceReport.of(step + 1, instruction, problem, before, now));
			}
			pendingFlags.assertAgrees(step + 1, instruction, now.emulator());
		}
	}

	/** Fails on any difference outside {@code undefined}; returns the states with those flags made equal. */
	private StatePair compare(int step, String instruction, long undefined, StatePair before, StatePair now) {
		List<String> differences = now.qemu().differences(now.emulator());
		long qemuFlags = now.qemu().get(ComparedState.RFLAGS);
		long emulatorFlags = now.emulator().get(ComparedState.RFLAGS);
		if (((qemuFlags ^ emulatorFlags) & ~undefined) == 0) {
			differences.remove(ComparedState.RFLAGS);
		}
		differences.removeIf(name -> !name.equals("mode") && QemuDeviations.explains(name, now.qemu(), now.emulator()));
		if (!differences.isEmpty()) {
			String problem = DivergenceReport.differences(differences, now);
			if (undefined != 0) {
				problem += "\n(flags left undefined by this instruction, not compared: " + Flags.describe(undefined) + ")";
			}
			throw new AssertionError(DivergenceReport.of(step, instruction, problem, before, now));
		}
		if (qemuFlags == emulatorFlags) {
			return now;
		}
		undefinedFlags.add(String.format("step %d, %s: undefined %s were QEMU %s, emulator %s", step, instruction,
				Flags.describe(undefined), Flags.describe(qemuFlags & undefined), Flags.describe(emulatorFlags & undefined)));
		machine.cpu().setFlags(undefined, qemuFlags);
		pendingFlags.copyFlags(undefined, qemuFlags);
		return new StatePair(now.qemu(), ComparedState.ofEmulator(machine.cpu()));
	}

	private long undefinedAfterNext() {
		try {
			Instruction insn = machine.interpreter().peek();
			return UndefinedFlags.after(insn, machine.cpu());
		} catch (CpuFault fetchFault) {
			// The step delivers the fault; no instruction, so no undefined flags.
			return 0;
		}
	}

	private static List<CpuMode> collapsed(List<CpuMode> modes) {
		List<CpuMode> sequence = new ArrayList<>();
		for (CpuMode mode : modes) {
			if (sequence.isEmpty() || sequence.get(sequence.size() - 1) != mode) {
				sequence.add(mode);
			}
		}
		return sequence;
	}
}
