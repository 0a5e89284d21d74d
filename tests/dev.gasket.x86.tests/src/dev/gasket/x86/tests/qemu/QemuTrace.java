package dev.gasket.x86.tests.qemu;

import java.util.ArrayList;
import java.util.List;

import dev.gasket.x86.cpu.CpuMode;

/**
 * Single-steps a stopped QEMU from its current instruction until the next instruction to run is {@code hlt},
 * recording a {@link CpuSnapshot} before the first and after every step. The {@code hlt} itself is not
 * executed: stepping it never reports a stop, as the CPU then waits for an interrupt that QEMU's gdbstub keeps
 * masked while stepping.
 * <p>
 * Stepping behaviour of QEMU 7.2's gdbstub, which a lockstep comparison must follow (the tests pin each down):
 * <ul>
 * <li>A {@code rep} string instruction takes one step per iteration: RIP stays on it while RCX counts down;
 * the last iteration's step moves RIP past it.</li>
 * <li>The instruction after {@code mov ss} is a step of its own: the interrupt shadow does not merge the two
 * (as a TF trap on hardware would); it is only visible as {@link MonitorRegisters#interruptInhibited()}.</li>
 * <li>RIP is reported without the CS base: IP in real mode (the reset state reads F000:FFF0 as rip=0xfff0),
 * EIP in protected and compatibility mode; {@link CpuSnapshot#linearInstructionPointer()} adds the base.
 * {@code Z0} breakpoints and {@code m} addresses are linear/virtual addresses, not CS-relative.</li>
 * <li>Outside 64-bit mode the {@code g} packet truncates rax..rsp to 32 bits and reads r8..r15 as 0
 * ({@link CpuSnapshot#asQemuReports}); eflags and the selectors are always 32-bit fields.</li>
 * <li>Setting CR0.PE or CR0.PG takes effect at once: the next snapshot is 16-bit protected, respectively
 * compatibility mode, until the far jump reloads CS.</li>
 * </ul>
 */
public final class QemuTrace {

	private static final byte HLT = (byte) 0xf4;

	private final List<CpuSnapshot> snapshots;

	private QemuTrace(List<CpuSnapshot> snapshots) {
		this.snapshots = List.copyOf(snapshots);
	}

	/**
	 * Steps until {@code hlt} is next.
	 *
	 * @param maxSteps fail with a {@link GdbRemoteException} if {@code hlt} is not reached after this many steps
	 */
	public static QemuTrace record(GdbRemoteClient gdb, int maxSteps) {
		List<CpuSnapshot> snapshots = new ArrayList<>();
		CpuSnapshot current = snapshot(gdb);
		snapshots.add(current);
		while (gdb.readMemory(current.linearInstructionPointer(), 1)[0] != HLT) {
			if (snapshots.size() > maxSteps) {
				throw new GdbRemoteException("no hlt reached within " + maxSteps + " steps; last state: " + current);
			}
			StopReply stop = gdb.step();
			if (!stop.isTrap()) {
				throw new GdbRemoteException("step " + snapshots.size() + " ended with " + stop + " after " + current);
			}
			current = snapshot(gdb);
			snapshots.add(current);
		}
		return new QemuTrace(snapshots);
	}

	/** The state now, as the trace records it. */
	public static CpuSnapshot snapshot(GdbRemoteClient gdb) {
		return CpuSnapshot.of(gdb.readRegisters(), MonitorRegisters.parse(gdb.monitor("info registers")));
	}

	/** State before the first step, then after each step; the last one is stopped at {@code hlt}. */
	public List<CpuSnapshot> snapshots() {
		return snapshots;
	}

	public int steps() {
		return snapshots.size() - 1;
	}

	/** The modes the trace passed through, consecutive repeats collapsed. */
	public List<CpuMode> modeSequence() {
		List<CpuMode> modes = new ArrayList<>();
		for (CpuSnapshot snapshot : snapshots) {
			if (modes.isEmpty() || modes.get(modes.size() - 1) != snapshot.mode()) {
				modes.add(snapshot.mode());
			}
		}
		return modes;
	}

	/** Index of the first snapshot in {@code mode}, or -1. */
	public int firstIndexOf(CpuMode mode) {
		for (int i = 0; i < snapshots.size(); i++) {
			if (snapshots.get(i).mode() == mode) {
				return i;
			}
		}
		return -1;
	}
}
