package dev.gasket.x86.exec;

import dev.gasket.x86.cpu.CpuState;
import dev.gasket.x86.decode.Instruction;
import dev.gasket.x86.decode.Operation;

/**
 * Small, JIT-friendly routines for the most frequent instruction forms on 32/64-bit registers: ALU
 * register/immediate forms, inc/dec, register moves, lea and relative branches in 64-bit mode. Each
 * decoded instruction is routed once; everything else goes through the general {@link Interpreter} path.
 * The results must equal the general path's; the differential and lockstep tests run both.
 */
final class FastPath {

	static final int UNROUTED = 0, GENERAL = 1;
	/** General path, and the instruction may change mode, CS, CPL, paging or halt: a run of instructions ends after it. */
	static final int SYSTEM = 30;
	private static final int ADD = 2, SUB = 3, CMP = 4, AND = 5, OR = 6, XOR = 7, TEST = 8;
	/** Added to an ALU route when the source is an immediate instead of a register. */
	private static final int IMMEDIATE = 8;
	private static final int INC = 20, DEC = 21, MOV_REGISTER = 22, MOV_IMMEDIATE = 23, LEA = 24, JCC = 25, JMP = 26,
			SHIFT = 27, ROTATE = 28;

	private final CpuState cpu;
	private final long[] gpr;
	private final Operands operands;
	private final ShiftAndBitOps shifts;

	FastPath(CpuState cpu, Operands operands, ShiftAndBitOps shifts) {
		this.cpu = cpu;
		this.gpr = cpu.registers();
		this.operands = operands;
		this.shifts = shifts;
	}

	/** Whether the route ends a straight-line block (a relative jump, taken or not). */
	static boolean isBranch(int route) {
		return route == JCC || route == JMP;
	}

	/** Whether the instruction runs on a fast route: registers only, so it cannot fault (jumps check their target). */
	static boolean isFast(int route) {
		return route != UNROUTED && route != GENERAL && route != SYSTEM;
	}

	static int route(Instruction insn) {
		if (isSystem(insn)) {
			return SYSTEM;
		}
		int size = insn.operandCount() > 0 ? insn.size(0) : 0;
		boolean wide = size == 4 || size == 8;
		boolean registerDestination = insn.operandCount() > 0 && insn.kind(0) == Instruction.REGISTER;
		int source = insn.operandCount() > 1 ? insn.kind(1) : 0;
		boolean registerOrImmediate = source == Instruction.REGISTER || source == Instruction.IMMEDIATE;
		int immediate = source == Instruction.IMMEDIATE ? IMMEDIATE : 0;
		switch (insn.operation()) {
			case ADD, SUB, CMP, AND, OR, XOR, TEST -> {
				if (wide && registerDestination && registerOrImmediate && insn.operandCount() == 2) {
					return switch (insn.operation()) {
						case ADD -> ADD;
						case SUB -> SUB;
						case CMP -> CMP;
						case AND -> AND;
						case OR -> OR;
						case XOR -> XOR;
						default -> TEST;
					} + immediate;
				}
			}
			case INC, DEC -> {
				if (wide && registerDestination) {
					return insn.operation() == Operation.INC ? INC : DEC;
				}
			}
			case MOV -> {
				if (wide && registerDestination && registerOrImmediate) {
					return source == Instruction.REGISTER ? MOV_REGISTER : MOV_IMMEDIATE;
				}
			}
			case SHL, SHR, SAR -> {
				if (wide && registerDestination && source == Instruction.IMMEDIATE) {
					return SHIFT;
				}
			}
			case ROL, ROR -> {
				if (wide && registerDestination && source == Instruction.IMMEDIATE) {
					return ROTATE;
				}
			}
			case LEA -> {
				if (wide && insn.memoryBase() != Instruction.RIP) {
					return LEA;
				}
			}
			case JCC -> {
				if (insn.bitness() == 64) {
					return JCC;
				}
			}
			case JMP -> {
				if (insn.bitness() == 64 && insn.kind(0) == Instruction.RELATIVE) {
					return JMP;
				}
			}
			default -> {
				return GENERAL;
			}
		}
		return GENERAL;
	}

	private static boolean isSystem(Instruction insn) {
		return switch (insn.operation()) {
			case MOV, POP -> insn.kind(0) == Instruction.SEGMENT_REGISTER || insn.kind(0) == Instruction.CONTROL_REGISTER
					|| insn.kind(0) == Instruction.DEBUG_REGISTER;
			case JMP_FAR, CALL_FAR, RET_FAR, IRET, INT, INT3, INTO, LOAD_FAR_POINTER, LGDT, LIDT, LLDT, LTR, LMSW, CLTS, WRMSR,
					INVLPG, SWAPGS, HLT, UD2 -> true;
			default -> false;
		};
	}

	/** Executes {@code insn} along its route; RIP already points after it. */
	void execute(Instruction insn, int route) {
		switch (route) {
			case ADD, ADD + IMMEDIATE -> {
				int size = insn.size(0);
				int r = insn.register(0);
				long dst = gpr[r];
				long src = source(insn, route);
				long result = dst + src;
				store(r, size, result);
				cpu.flagsAfterAdd(size, dst, src, result);
			}
			case SUB, SUB + IMMEDIATE, CMP, CMP + IMMEDIATE -> {
				int size = insn.size(0);
				int r = insn.register(0);
				long dst = gpr[r];
				long src = source(insn, route);
				long result = dst - src;
				if (route == SUB || route == SUB + IMMEDIATE) {
					store(r, size, result);
				}
				cpu.flagsAfterSub(size, dst, src, result);
			}
			case AND, AND + IMMEDIATE, TEST, TEST + IMMEDIATE -> {
				int size = insn.size(0);
				int r = insn.register(0);
				long result = gpr[r] & source(insn, route);
				if (route == AND || route == AND + IMMEDIATE) {
					store(r, size, result);
				}
				cpu.flagsAfterLogic(size, result);
			}
			case OR, OR + IMMEDIATE, XOR, XOR + IMMEDIATE -> {
				int size = insn.size(0);
				int r = insn.register(0);
				long src = source(insn, route);
				long result = route == OR || route == OR + IMMEDIATE ? gpr[r] | src : gpr[r] ^ src;
				store(r, size, result);
				cpu.flagsAfterLogic(size, result);
			}
			case INC, DEC -> {
				int size = insn.size(0);
				int r = insn.register(0);
				long dst = gpr[r];
				long result = route == INC ? dst + 1 : dst - 1;
				store(r, size, result);
				cpu.flagsAfterIncDec(route == INC, size, dst, result);
			}
			case MOV_REGISTER -> store(insn.register(0), insn.size(0), gpr[insn.register(1)]);
			case MOV_IMMEDIATE -> store(insn.register(0), insn.size(0), insn.value(1));
			case LEA -> store(insn.register(0), insn.size(0), operands.effectiveAddress(insn));
			case SHIFT -> shifts.shift(insn, insn.operation());
			case ROTATE -> shifts.rotate(insn, insn.operation());
			case JCC -> {
				if (cpu.condition(insn.condition())) {
					jumpTo(cpu.rip() + insn.value(0));
				}
			}
			default -> jumpTo(cpu.rip() + insn.value(0));
		}
	}

	private long source(Instruction insn, int route) {
		return route >= ADD + IMMEDIATE ? insn.value(1) : gpr[insn.register(1)];
	}

	/** 32-bit results clear bits 63:32; the lazy flags mask by size themselves. */
	private void store(int register, int size, long value) {
		gpr[register] = size == 8 ? value : value & 0xffffffffL;
	}

	private void jumpTo(long target) {
		if (!operands.isCanonical(target)) {
			// The general path raises the #GP with its message and state handling.
			throw BranchOps.nonCanonical(target);
		}
		cpu.setRip(target);
	}
}
