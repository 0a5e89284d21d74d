package dev.gasket.x86.machine;

import java.util.ArrayList;
import java.util.List;

import dev.gasket.x86.cpu.CpuFault;
import dev.gasket.x86.cpu.CpuMode;
import dev.gasket.x86.cpu.CpuModel;
import dev.gasket.x86.cpu.CpuState;
import dev.gasket.x86.cpu.CpuidTable;
import dev.gasket.x86.cpu.Flags;
import dev.gasket.x86.cpu.SegmentRegister;
import dev.gasket.x86.exec.Interpreter;
import dev.gasket.x86.exec.TripleFault;
import dev.gasket.x86.io.IoPorts;
import dev.gasket.x86.mem.Mmu;
import dev.gasket.x86.mem.PageWalk;
import dev.gasket.x86.mem.PhysicalMemory;

/**
 * One emulated x86 computer: a CPU of the given {@link CpuModel}, physical memory, I/O ports, and the debug
 * API a debugger drives: run/step/stop, breakpoints by linear address, watchpoints, stop on mode change or
 * exception, instruction count, memory access, page walks and snapshots.
 * <p>
 * Not thread-safe, except {@link #requestStop()}, which another thread may call while {@link #run} runs.
 */
public final class Machine {

	/** Instructions between checks of stop requests and the instruction limit. */
	private static final int BURST = 4096;

	private final CpuModel model;
	private final CpuState cpu = new CpuState();
	private final PhysicalMemory memory;
	private final Mmu mmu;
	private final IoPorts ports = new IoPorts();
	private final CpuidTable cpuid;
	private final Interpreter interpreter;
	private final AddressSet breakpoints = new AddressSet();
	private final List<Watchpoint> watchpoints = new ArrayList<>();
	private boolean stopOnModeChange;
	private boolean stopOnException;
	private volatile boolean stopRequested;
	private CpuFault pendingFault;
	private String shutdownReason;
	private Watchpoint watchHit;
	private long watchHitAddress;

	public Machine(CpuModel model, long memorySize) {
		this(model, memorySize, CpuidTable.standard(false));
	}

	public Machine(CpuModel model, long memorySize, CpuidTable cpuid) {
		this.model = model;
		this.memory = new PhysicalMemory(memorySize);
		this.mmu = new Mmu(memory);
		this.cpuid = cpuid;
		this.interpreter = new Interpreter(cpu, mmu, ports, model, cpuid);
		MachineSetup.reset(this);
	}

	public CpuModel model() {
		return model;
	}

	public CpuState cpu() {
		return cpu;
	}

	public PhysicalMemory memory() {
		return memory;
	}

	public Mmu mmu() {
		return mmu;
	}

	public IoPorts ports() {
		return ports;
	}

	public CpuidTable cpuid() {
		return cpuid;
	}

	public Interpreter interpreter() {
		return interpreter;
	}

	/** Call after setting CR0/CR3/CR4/EFER directly on {@link #cpu()}, so that paging follows them. */
	public void controlRegistersChanged() {
		interpreter.controlRegistersChanged();
	}

	public long instructionCount() {
		return interpreter.retired();
	}

	public void addBreakpoint(long linearAddress) {
		breakpoints.add(linearAddress);
	}

	public void removeBreakpoint(long linearAddress) {
		breakpoints.remove(linearAddress);
	}

	public long[] breakpoints() {
		return breakpoints.toArray();
	}

	public void addWatchpoint(Watchpoint watchpoint) {
		watchpoints.add(watchpoint);
		interpreter.setAccessObserver(this::accessed);
	}

	public void removeWatchpoint(Watchpoint watchpoint) {
		watchpoints.remove(watchpoint);
		if (watchpoints.isEmpty()) {
			interpreter.setAccessObserver(null);
		}
	}

	public void setStopOnModeChange(boolean stop) {
		stopOnModeChange = stop;
	}

	public void setStopOnException(boolean stop) {
		stopOnException = stop;
	}

	/** Makes a running {@link #run} return with {@link StopReason#STOP_REQUESTED} soon; safe from any thread. */
	public void requestStop() {
		stopRequested = true;
	}

	/** The linear address of the next instruction (CS base + RIP outside 64-bit mode). */
	public long linearRip() {
		if (cpu.mode() == CpuMode.LONG_64) {
			return cpu.rip();
		}
		return (cpu.segment(SegmentRegister.CS).base() + cpu.rip()) & 0xffffffffL;
	}

	/** Executes one instruction (or delivers a pending exception) and says what happened. */
	public StopEvent step() {
		StopEvent stop = executeOne();
		return stop != null ? stop : event(StopReason.STEP, cpu.mode(), null, 0, "");
	}

	/**
	 * Runs until a stop condition or {@code maxInstructions} instructions. A breakpoint at the starting
	 * instruction does not stop it again, so "continue" from a breakpoint moves on.
	 */
	public StopEvent run(long maxInstructions) {
		stopRequested = false;
		long limit = interpreter.retired() + maxInstructions;
		boolean first = true;
		while (true) {
			if (stopRequested) {
				stopRequested = false;
				return event(StopReason.STOP_REQUESTED, cpu.mode(), null, 0, "stopped on request");
			}
			long remaining = limit - interpreter.retired();
			if (remaining <= 0) {
				return event(StopReason.INSTRUCTION_LIMIT, cpu.mode(), null, 0, maxInstructions + " instructions executed");
			}
			if (!first && !breakpoints.isEmpty() && !interpreter.repeating()) {
				long rip = linearRip();
				if (breakpoints.contains(rip)) {
					return event(StopReason.BREAKPOINT, cpu.mode(), null, rip, "");
				}
			}
			first = false;
			StopEvent stop = canRunInBursts() ? runBurst((int) Math.min(remaining, BURST)) : executeOne();
			if (stop != null) {
				return stop;
			}
		}
	}

	/** Bursts skip the per-instruction checks that only watchpoints, mode-change stops and pending events need. */
	private boolean canRunInBursts() {
		return watchpoints.isEmpty() && !stopOnModeChange && pendingFault == null && shutdownReason == null && !interpreter.halted();
	}

	private StopEvent runBurst(int budget) {
		try {
			interpreter.run(budget, breakpoints.isEmpty() ? null : breakpoints::contains);
		} catch (CpuFault fault) {
			return faulted(fault, cpu.mode());
		}
		return interpreter.halted() ? halted(cpu.mode()) : null;
	}

	/** Stops at the faulting instruction with "stop on exception", else delivers the exception. */
	private StopEvent faulted(CpuFault fault, CpuMode mode) {
		if (stopOnException) {
			pendingFault = fault;
			return event(StopReason.EXCEPTION, mode, fault, 0, fault.getMessage());
		}
		return deliver(fault, mode);
	}

	private StopEvent executeOne() {
		if (shutdownReason != null) {
			return event(StopReason.TRIPLE_FAULT, cpu.mode(), null, 0, shutdownReason);
		}
		CpuMode before = cpu.mode();
		if (pendingFault != null) {
			CpuFault fault = pendingFault;
			pendingFault = null;
			return deliver(fault, before);
		}
		if (interpreter.halted()) {
			return halted(before);
		}
		try {
			interpreter.step();
		} catch (CpuFault fault) {
			return faulted(fault, before);
		}
		if (watchHit != null) {
			Watchpoint hit = watchHit;
			watchHit = null;
			return event(StopReason.WATCHPOINT, before, null, watchHitAddress, hit.kind() + " watchpoint at 0x" + Long.toHexString(hit.address()));
		}
		if (interpreter.halted()) {
			return halted(before);
		}
		if (stopOnModeChange && cpu.mode() != before) {
			return event(StopReason.MODE_CHANGE, before, null, 0, before.label() + " -> " + cpu.mode().label());
		}
		return null;
	}

	private StopEvent deliver(CpuFault fault, CpuMode before) {
		try {
			interpreter.deliver(fault);
		} catch (TripleFault tripleFault) {
			shutdownReason = tripleFault.getMessage();
			return event(StopReason.TRIPLE_FAULT, before, fault, 0, shutdownReason);
		}
		if (stopOnModeChange && cpu.mode() != before) {
			return event(StopReason.MODE_CHANGE, before, null, 0, before.label() + " -> " + cpu.mode().label());
		}
		return null;
	}

	private StopEvent halted(CpuMode before) {
		boolean interrupts = (cpu.rflags() & Flags.IF) != 0;
		return event(StopReason.HALTED, before, null, 0,
				interrupts ? "hlt: waiting for an interrupt, and no interrupt sources are emulated" : "hlt with interrupts disabled");
	}

	private void accessed(long linear, int size, boolean write) {
		for (Watchpoint watchpoint : watchpoints) {
			if (watchpoint.matches(linear, size, write)) {
				watchHit = watchpoint;
				watchHitAddress = linear;
			}
		}
	}

	private StopEvent event(StopReason reason, CpuMode before, CpuFault fault, long address, String detail) {
		return new StopEvent(reason, cpu.rip(), cpu.mode(), before, fault, address, detail);
	}

	/** Whether the CPU shut down after a triple fault; only {@link #restore} or a new machine leaves that state. */
	public boolean isShutDown() {
		return shutdownReason != null;
	}

	/** The page walk for a linear address under the current paging mode, without side effects. */
	public PageWalk translate(long linearAddress) {
		return mmu.walk(linearAddress);
	}

	/** Reads {@code length} bytes at a linear address for a debugger view, without faults or A/D-bit updates. */
	public byte[] readLinear(long linearAddress, int length) {
		byte[] data = new byte[length];
		for (int i = 0; i < length; i++) {
			data[i] = (byte) memory.readByte(physical(linearAddress + i));
		}
		return data;
	}

	/** Writes bytes at a linear address for a debugger (memory view edits), without faults or A/D-bit updates. */
	public void writeLinear(long linearAddress, byte[] data) {
		for (int i = 0; i < data.length; i++) {
			memory.writeByte(physical(linearAddress + i), data[i]);
		}
	}

	private long physical(long linearAddress) {
		PageWalk walk = mmu.walk(linearAddress);
		if (walk.physical().isEmpty()) {
			throw new IllegalArgumentException(String.format("linear address 0x%x is not mapped: %s", linearAddress, walk.failure().orElse("")));
		}
		return walk.physical().getAsLong();
	}

	/** Takes a copy-on-write snapshot of CPU, memory and debug state, cheap enough to take every few steps. */
	public MachineSnapshot snapshot() {
		return new MachineSnapshot(cpu.copy(), memory.snapshot(), interpreter.retired(), interpreter.halted(), shutdownReason, pendingFault);
	}

	public void restore(MachineSnapshot snapshot) {
		cpu.copyFrom(snapshot.cpu());
		memory.restore(snapshot.memory());
		interpreter.setRetired(snapshot.instructionCount());
		if (snapshot.halted()) {
			interpreter.halt();
		} else {
			interpreter.resume();
		}
		shutdownReason = snapshot.shutdownReason();
		pendingFault = snapshot.pendingFault();
		controlRegistersChanged();
		mmu.flush();
	}
}
