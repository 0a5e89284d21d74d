package dev.gasket.x86.exec;

import static dev.gasket.x86.exec.Operands.mask;

import dev.gasket.x86.cpu.CpuFault;
import dev.gasket.x86.cpu.CpuMode;
import dev.gasket.x86.cpu.CpuState;
import dev.gasket.x86.cpu.ExceptionVector;
import dev.gasket.x86.cpu.SegmentRegister;
import dev.gasket.x86.decode.Instruction;
import dev.gasket.x86.decode.Operation;

/** Near jumps, calls and returns, conditional branches and loops. */
final class BranchOps {

	private final CpuState cpu;
	private final Operands operands;

	BranchOps(CpuState cpu, Operands operands) {
		this.cpu = cpu;
		this.operands = operands;
	}

	/** Sets RIP to {@code target} wrapped to the operand size, checking the CS limit outside 64-bit mode. */
	void branchTo(long target, int operandSize) {
		long rip = target & mask(operandSize);
		if (cpu.mode() != CpuMode.LONG_64) {
			if (rip > cpu.segment(SegmentRegister.CS).limit()) {
				throw CpuFault.withErrorCode(ExceptionVector.GP, 0, String.format("branch target 0x%x is beyond the CS limit", rip));
			}
		} else if (!operands.isCanonical(rip)) {
			throw nonCanonical(rip);
		}
		cpu.setRip(rip);
	}

	static CpuFault nonCanonical(long target) {
		return CpuFault.withErrorCode(ExceptionVector.GP, 0, String.format("branch to non-canonical address 0x%x", target));
	}

	private long target(Instruction insn) {
		return insn.kind(0) == Instruction.RELATIVE ? cpu.rip() + insn.value(0) : operands.read(insn, 0);
	}

	void jump(Instruction insn) {
		branchTo(target(insn), insn.operandSize());
	}

	void jumpIf(Instruction insn) {
		if (cpu.condition(insn.condition())) {
			branchTo(cpu.rip() + insn.value(0), insn.operandSize());
		}
	}

	void call(Instruction insn) {
		long target = target(insn);
		operands.push(insn.operandSize(), cpu.rip());
		branchTo(target, insn.operandSize());
	}

	void ret(Instruction insn) {
		int size = insn.operandSize();
		long target = operands.pop(size);
		if (insn.operandCount() == 1) {
			int stackSize = operands.stackAddressSize();
			cpu.setReg(CpuState.RSP, stackSize, cpu.gpr(CpuState.RSP) + (insn.value(0) & 0xffff));
		}
		branchTo(target, size);
	}

	void loop(Instruction insn, Operation operation) {
		int addressSize = insn.addressSize();
		long count = (cpu.reg(CpuState.RCX, addressSize) - 1) & mask(addressSize);
		cpu.setReg(CpuState.RCX, addressSize, count);
		boolean taken = count != 0 && switch (operation) {
			case LOOPE -> cpu.zf();
			case LOOPNE -> !cpu.zf();
			default -> true;
		};
		if (taken) {
			branchTo(cpu.rip() + insn.value(0), insn.operandSize());
		}
	}

	void jumpIfCountZero(Instruction insn) {
		if (cpu.reg(CpuState.RCX, insn.addressSize()) == 0) {
			branchTo(cpu.rip() + insn.value(0), insn.operandSize());
		}
	}
}
