package dev.gasket.x86.exec;

import static dev.gasket.x86.exec.Operands.mask;
import static dev.gasket.x86.exec.Operands.signExtend;

import java.util.function.LongPredicate;
import java.util.function.Supplier;

import dev.gasket.x86.cpu.CpuFault;
import dev.gasket.x86.cpu.CpuMode;
import dev.gasket.x86.cpu.CpuModel;
import dev.gasket.x86.cpu.CpuState;
import dev.gasket.x86.cpu.CpuidTable;
import dev.gasket.x86.cpu.ExceptionVector;
import dev.gasket.x86.cpu.Flags;
import dev.gasket.x86.cpu.Segment;
import dev.gasket.x86.cpu.SegmentRegister;
import dev.gasket.x86.decode.Instruction;
import dev.gasket.x86.decode.Operation;
import dev.gasket.x86.io.IoPorts;
import dev.gasket.x86.mem.Mmu;

/**
 * Executes one instruction at a time. An instruction that faults leaves RIP (and the stack and segment
 * state) as before it, and its {@link CpuFault} propagates so the caller can stop on it before
 * {@link #deliver(CpuFault) delivering} it.
 */
public final class Interpreter {

	private static final int CS = SegmentRegister.CS.ordinal();
	private static final int SS = SegmentRegister.SS.ordinal();

	/** Operations that may load CS or SS; a fault restores both, so these save them first. */
	private static final boolean[] LOADS_SEGMENTS = new boolean[Operation.values().length];

	static {
		for (Operation operation : new Operation[] { Operation.MOV, Operation.POP, Operation.LOAD_FAR_POINTER, Operation.JMP_FAR,
				Operation.CALL_FAR, Operation.RET_FAR, Operation.IRET, Operation.INT, Operation.INT3, Operation.INTO }) {
			LOADS_SEGMENTS[operation.ordinal()] = true;
		}
	}

	private final CpuState cpu;
	private final Operands operands;
	private final Segments segments;
	private final SystemRegisters systemRegisters;
	private final ArithmeticOps arithmetic;
	private final ShiftAndBitOps shifts;
	private final BranchOps branches;
	private final StackOps stack;
	private final StringOps strings;
	private final FarTransfers far;
	private final SystemOps system;
	private final ExceptionDelivery delivery;
	private final DecodeCache decodeCache;
	private final FastPath fastPath;
	private final Segment savedCs = new Segment();
	private final Segment savedSs = new Segment();
	private Instruction current;
	private boolean halted;
	private boolean repeating;
	private long retired;

	public Interpreter(CpuState cpu, Mmu mmu, IoPorts ports, CpuModel model, CpuidTable cpuid) {
		this.cpu = cpu;
		this.operands = new Operands(cpu, mmu);
		this.segments = new Segments(cpu, operands, model);
		this.systemRegisters = new SystemRegisters(cpu, mmu, model, segments, cpuid);
		operands.setSystemRegisters(systemRegisters);
		this.arithmetic = new ArithmeticOps(cpu, operands);
		this.shifts = new ShiftAndBitOps(cpu, operands);
		this.branches = new BranchOps(cpu, operands);
		this.stack = new StackOps(cpu, operands);
		this.strings = new StringOps(cpu, operands);
		this.far = new FarTransfers(cpu, operands, segments);
		this.system = new SystemOps(cpu, operands, systemRegisters, mmu, ports, cpuid);
		this.delivery = new ExceptionDelivery(cpu, operands, segments);
		this.decodeCache = new DecodeCache(cpu, mmu);
		this.fastPath = new FastPath(cpu, operands, shifts);
	}

	/** Tells the MMU about CR0/CR3/CR4/EFER after they were set directly (reset, a debugger, a snapshot). */
	public void controlRegistersChanged() {
		systemRegisters.syncMmu();
	}

	/**
	 * A debugger's write to CR0, CR2, CR3, CR4 or CR8 with the consistency checks of {@code mov} to that register
	 * (privilege aside).
	 *
	 * @throws CpuFault where the {@code mov} would fault, e.g. #GP(0) for CR4.LA57 changing in IA-32e mode
	 */
	public void writeControlRegister(int number, long value) {
		systemRegisters.writeControlRegister(number, value);
	}

	/** A debugger's {@code rdmsr}. @throws CpuFault for an MSR the emulator does not implement */
	public long readMsr(int number) {
		return systemRegisters.readMsr(number & 0xffffffffL);
	}

	/** A debugger's {@code wrmsr}, checked as the instruction is. @throws CpuFault where it would fault */
	public void writeMsr(int number, long value) {
		systemRegisters.writeMsr(number & 0xffffffffL, value);
	}

	/**
	 * A debugger's {@code mov} to DS, ES, FS, GS or SS, with the descriptor checks of that instruction.
	 *
	 * @throws CpuFault where the {@code mov} would fault (#UD for CS, #GP for a bad selector)
	 */
	public void loadSegment(SegmentRegister register, int selector) {
		segments.loadData(register.ordinal(), selector & 0xffff);
	}

	/** Whether {@code hlt} stopped the CPU; cleared by {@link #resume()} or a delivered exception. */
	public boolean halted() {
		return halted;
	}

	public void resume() {
		halted = false;
	}

	public void halt() {
		halted = true;
	}

	/**
	 * Whether the last step was an iteration of a repeated string instruction with more to come: RIP still points
	 * at it, and an instruction breakpoint there must not fire again (hardware sets RFLAGS.RF for that).
	 */
	public boolean repeating() {
		return repeating;
	}

	/** Instructions completed so far (each iteration of a {@code rep} string instruction counts as one). */
	public long retired() {
		return retired;
	}

	public void setRetired(long retired) {
		this.retired = retired;
	}

	/** The instruction at RIP as the next {@link #step()} would execute it (it may fault, e.g. #PF on fetch). */
	public Instruction peek() {
		return decodeCache.fetch();
	}

	/** The last instruction {@link #step()} executed or tried to. */
	public Instruction current() {
		return current;
	}

	/** The memory operand's linear address for {@code insn} at the current state, for watchpoints and views. */
	public long linearAddress(Instruction insn) {
		return operands.linear(insn.memorySegment(), operands.effectiveAddress(insn), 1, false);
	}

	public void setAccessObserver(AccessObserver observer) {
		operands.setAccessObserver(observer);
	}

	/** Executes one instruction (one iteration of a repeated string instruction). */
	public void step() {
		execute(decodeCache::fetch);
	}

	/**
	 * Executes up to {@code budget} instructions, but returns after a system instruction (one that may change the
	 * mode, CS, CPL or paging, or halt the CPU) and before an instruction whose
	 * linear address {@code stopBefore} accepts (not checked for the first). A fault propagates as from {@link #step()}.
	 *
	 * @return the number of instructions executed, counting one that faulted
	 */
	public int run(int budget, LongPredicate stopBefore) {
		int executed = 1;
		boolean continues = execute(decodeCache::fetch);
		while (continues && executed < budget) {
			if (stopBefore != null && !repeating && stopBefore.test(decodeCache.linearRip())) {
				break;
			}
			Instruction[] block = decodeCache.blockFollowing();
			if (block != null && block.length <= budget - executed && !stopsInside(block, stopBefore)) {
				executeBlock(block);
				executed += block.length;
				continue;
			}
			continues = execute(decodeCache::fetchFollowing);
			executed++;
		}
		return executed;
	}

	/** Whether {@code stopBefore} accepts the address of an instruction of the block after its first. */
	private boolean stopsInside(Instruction[] block, LongPredicate stopBefore) {
		if (stopBefore == null) {
			return false;
		}
		long address = decodeCache.linearRip();
		for (int i = 0; i < block.length - 1; i++) {
			address += block[i].length();
			if (stopBefore.test(address)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Runs a straight line of fast-route instructions ending in at most one relative jump, without fetching each:
	 * only that jump reads RIP, so RIP is set once, before it. Only the jump can fault (non-canonical target).
	 */
	private void executeBlock(Instruction[] block) {
		long start = cpu.rip();
		int last = block.length - 1;
		long lastAddress = start;
		for (int i = 0; i < last; i++) {
			Instruction insn = block[i];
			fastPath.execute(insn, insn.route());
			lastAddress += insn.length();
		}
		Instruction branch = block[last];
		current = branch;
		cpu.setRip(lastAddress + branch.length());
		try {
			fastPath.execute(branch, branch.route());
		} catch (CpuFault fault) {
			cpu.setRip(lastAddress);
			retired += last;
			throw fault;
		}
		retired += block.length;
	}

	/** @return false after a system instruction, which ends a run */
	private boolean execute(Supplier<Instruction> fetch) {
		long start = cpu.rip();
		long rsp = cpu.gpr(CpuState.RSP);
		Instruction insn = null;
		int cpl = cpu.cpl();
		repeating = false;
		try {
			insn = fetch.get();
			current = insn;
			cpu.setRip((start + insn.length()) & ipMask(insn.bitness()));
			int route = insn.route();
			if (route == FastPath.UNROUTED) {
				route = FastPath.route(insn);
				insn.setRoute(route);
			}
			if (route != FastPath.GENERAL && route != FastPath.SYSTEM) {
				fastPath.execute(insn, route);
			} else {
				if (LOADS_SEGMENTS[insn.operation().ordinal()]) {
					savedCs.copyFrom(cpu.segment(CS));
					savedSs.copyFrom(cpu.segment(SS));
				}
				execute(insn, start);
			}
			retired++;
			return route != FastPath.SYSTEM;
		} catch (CpuFault fault) {
			cpu.setRip(start);
			cpu.setGpr(CpuState.RSP, rsp);
			if (insn != null && LOADS_SEGMENTS[insn.operation().ordinal()]) {
				cpu.setCpl(cpl);
				cpu.segment(CS).copyFrom(savedCs);
				cpu.segment(SS).copyFrom(savedSs);
			}
			throw fault;
		}
	}

	private static long ipMask(int bitness) {
		return bitness == 64 ? -1L : bitness == 32 ? 0xffffffffL : 0xffff;
	}

	/**
	 * Delivers {@code fault} through the IDT; a fault while delivering becomes #DF as SDM Vol. 3, Table 6-5
	 * says, and a fault while delivering #DF shuts the CPU down.
	 *
	 * @throws TripleFault when the CPU shuts down
	 */
	public void deliver(CpuFault fault) {
		if (fault.vector() == ExceptionVector.PF) {
			cpu.setCr2(fault.faultingAddress());
		}
		deliver(fault, null, 0);
	}

	private void deliver(CpuFault fault, CpuFault first, int depth) {
		halted = false;
		long rip = cpu.rip();
		long rsp = cpu.gpr(CpuState.RSP);
		long flags = cpu.rflags();
		int cpl = cpu.cpl();
		savedCs.copyFrom(cpu.segment(CS));
		savedSs.copyFrom(cpu.segment(SS));
		try {
			ExceptionVector vector = fault.vector();
			delivery.deliver(vector.vector(), vector.pushesErrorCode() && cpu.mode() != CpuMode.REAL,
					fault.errorCode(), false);
		} catch (CpuFault second) {
			cpu.setRip(rip);
			cpu.setGpr(CpuState.RSP, rsp);
			cpu.setRflags(flags);
			cpu.setCpl(cpl);
			cpu.segment(CS).copyFrom(savedCs);
			cpu.segment(SS).copyFrom(savedSs);
			String chain = (first == null ? "" : first.getMessage() + " -> ") + fault.getMessage() + " -> " + second.getMessage();
			if (fault.vector() == ExceptionVector.DF || depth >= 3) {
				throw new TripleFault("triple fault: " + chain);
			}
			if (second.vector() == ExceptionVector.PF) {
				cpu.setCr2(second.faultingAddress());
			}
			boolean contributorySecond = second.vector().isContributory();
			boolean doubleFault = (fault.vector().isContributory() && contributorySecond)
					|| (fault.vector() == ExceptionVector.PF && (contributorySecond || second.vector() == ExceptionVector.PF));
			CpuFault next = doubleFault ? CpuFault.withErrorCode(ExceptionVector.DF, 0, "while delivering " + fault.getMessage() + ": " + second.getMessage()) : second;
			deliver(next, fault, depth + 1);
		}
	}

	/** {@code int n}, {@code int3}, {@code into}: delivered as traps with RIP after the instruction. */
	private void softwareInterrupt(int vector) {
		delivery.deliver(vector, false, 0, true);
	}

	private void execute(Instruction insn, long start) {
		Operation operation = insn.operation();
		switch (operation) {
			case ADD -> arithmetic.add(insn);
			case OR -> arithmetic.logic(insn, '|', true);
			case ADC -> arithmetic.adc(insn);
			case SBB -> arithmetic.sbb(insn);
			case AND -> arithmetic.logic(insn, '&', true);
			case SUB -> arithmetic.sub(insn, true);
			case XOR -> arithmetic.logic(insn, '^', true);
			case CMP -> arithmetic.sub(insn, false);
			case TEST -> arithmetic.logic(insn, '&', false);
			case INC -> arithmetic.incDec(insn, true);
			case DEC -> arithmetic.incDec(insn, false);
			case NOT -> arithmetic.not(insn);
			case NEG -> arithmetic.neg(insn);
			case MUL -> arithmetic.multiplyWide(insn, false);
			case IMUL_WIDE -> arithmetic.multiplyWide(insn, true);
			case IMUL -> arithmetic.multiply(insn);
			case DIV -> arithmetic.divide(insn, false);
			case IDIV -> arithmetic.divide(insn, true);
			case XCHG -> arithmetic.exchange(insn);
			case CMPXCHG -> arithmetic.compareExchange(insn);
			case XADD -> arithmetic.exchangeAdd(insn);
			case SHL, SHR, SAR -> shifts.shift(insn, operation);
			case ROL, ROR, RCL, RCR -> shifts.rotate(insn, operation);
			case SHLD -> shifts.doubleShift(insn, true);
			case SHRD -> shifts.doubleShift(insn, false);
			case BT, BTS, BTR, BTC -> shifts.bitTest(insn, operation);
			case BSF -> shifts.bitScan(insn, true);
			case BSR -> shifts.bitScan(insn, false);
			case BSWAP -> shifts.byteSwap(insn);
			case MOV -> move(insn);
			case MOVZX -> operands.write(insn, 0, operands.read(insn, 1));
			case MOVSX -> operands.write(insn, 0, signExtend(operands.read(insn, 1), insn.size(1)) & mask(insn.size(0)));
			case LEA -> operands.write(insn, 0, operands.effectiveAddress(insn));
			case XLAT -> cpu.setReg(CpuState.RAX, 1, operands.readMemory(insn.memorySegment(),
					(cpu.gpr(CpuState.RBX) + cpu.reg(CpuState.RAX, 1)) & mask(insn.addressSize()), 1));
			case CONVERT_ACCUMULATOR -> {
				int size = insn.operandSize();
				cpu.setReg(CpuState.RAX, size, signExtend(cpu.reg(CpuState.RAX, size / 2), size / 2));
			}
			case CONVERT_TO_DX -> {
				int size = insn.operandSize();
				cpu.setReg(CpuState.RDX, size, signExtend(cpu.reg(CpuState.RAX, size), size) >> 63);
			}
			case PUSH -> stack.push(insn);
			case POP -> stack.pop(insn);
			case PUSHF -> stack.pushFlags(insn);
			case POPF -> stack.popFlags(insn);
			case PUSHA -> stack.pushAll(insn);
			case POPA -> stack.popAll(insn);
			case LAHF -> cpu.setReg(CpuState.HIGH_BYTE, 1, cpu.rflags() & 0xff);
			case SAHF -> cpu.setFlags(Flags.SF | Flags.ZF | Flags.AF | Flags.PF | Flags.CF, cpu.reg(CpuState.HIGH_BYTE, 1));
			case ENTER -> stack.enter(insn);
			case LEAVE -> stack.leave(insn);
			case JMP -> branches.jump(insn);
			case JCC -> branches.jumpIf(insn);
			case CALL -> branches.call(insn);
			case RET -> branches.ret(insn);
			case LOOP, LOOPE, LOOPNE -> branches.loop(insn, operation);
			case JCXZ -> branches.jumpIfCountZero(insn);
			case SETCC -> operands.write(insn, 0, cpu.condition(insn.condition()) ? 1 : 0);
			case CMOVCC -> {
				long value = cpu.condition(insn.condition()) ? operands.read(insn, 1) : operands.read(insn, 0);
				operands.write(insn, 0, value);
			}
			case MOVS, STOS, LODS, CMPS, SCAS -> {
				repeating = strings.execute(insn, operation);
				if (repeating) {
					cpu.setRip(start);
				}
			}
			case CLC -> cpu.setFlags(Flags.CF, 0);
			case STC -> cpu.setFlags(Flags.CF, Flags.CF);
			case CMC -> cpu.setFlags(Flags.CF, cpu.cf() ? 0 : Flags.CF);
			case CLD -> cpu.setFlags(Flags.DF, 0);
			case STD -> cpu.setFlags(Flags.DF, Flags.DF);
			case CLI -> system.setInterruptFlag(insn, false);
			case STI -> system.setInterruptFlag(insn, true);
			case NOP, PAUSE -> {
				// Nothing to do; pause only hints a spin loop to real hardware.
			}
			case HLT -> {
				system.requireCpl0(insn);
				halted = true;
			}
			case IN -> system.in(insn);
			case OUT -> system.out(insn);
			case INT -> softwareInterrupt((int) insn.value(0) & 0xff);
			case INT3 -> softwareInterrupt(ExceptionVector.BP.vector());
			case INTO -> {
				if (cpu.of()) {
					softwareInterrupt(ExceptionVector.OF.vector());
				}
			}
			case IRET -> far.iret(insn);
			case UD2 -> throw CpuFault.of(ExceptionVector.UD, "ud2");
			case JMP_FAR -> far.jump(insn);
			case CALL_FAR -> far.call(insn);
			case RET_FAR -> far.ret(insn);
			case LOAD_FAR_POINTER -> far.loadFarPointer(insn, FarTransfers.segmentOf(insn.opcode().mnemonic()));
			case LGDT -> system.loadTable(insn, true);
			case LIDT -> system.loadTable(insn, false);
			case SGDT -> system.storeTable(insn, true);
			case SIDT -> system.storeTable(insn, false);
			case LLDT -> system.loadLdtOrTask(insn, false);
			case LTR -> system.loadLdtOrTask(insn, true);
			case SLDT -> system.storeLdtOrTask(insn, false);
			case STR -> system.storeLdtOrTask(insn, true);
			case LMSW -> system.loadMachineStatusWord(insn);
			case SMSW -> system.storeMachineStatusWord(insn);
			case CLTS -> system.clearTaskSwitched(insn);
			case RDMSR -> system.readMsr(insn);
			case WRMSR -> system.writeMsr(insn);
			case RDTSC -> system.readTimeStamp(retired);
			case CPUID -> system.cpuid();
			case INVLPG -> system.invalidatePage(insn);
			case SWAPGS -> system.swapGs(insn);
			case WBINVD, INVD -> system.requireCpl0(insn);
		}
	}

	private void move(Instruction insn) {
		int destination = insn.kind(0);
		if (destination == Instruction.CONTROL_REGISTER || destination == Instruction.DEBUG_REGISTER
				|| insn.kind(1) == Instruction.CONTROL_REGISTER || insn.kind(1) == Instruction.DEBUG_REGISTER) {
			system.requireCpl0(insn);
		}
		if (destination == Instruction.SEGMENT_REGISTER && insn.register(0) == CS) {
			throw CpuFault.of(ExceptionVector.UD, "mov to CS");
		}
		operands.write(insn, 0, operands.read(insn, 1));
	}
}
