package dev.gasket.x86.exec;

import static dev.gasket.x86.exec.Operands.mask;

import dev.gasket.x86.cpu.CpuState;
import dev.gasket.x86.cpu.Flags;
import dev.gasket.x86.decode.Instruction;

/** push/pop in all forms, pushf/popf, pusha/popa, enter/leave. */
final class StackOps {

	private static final long POPF_WRITABLE = Flags.STATUS | Flags.TF | Flags.DF | Flags.NT | Flags.AC | Flags.ID;

	private final CpuState cpu;
	private final Operands operands;

	StackOps(CpuState cpu, Operands operands) {
		this.cpu = cpu;
		this.operands = operands;
	}

	void push(Instruction insn) {
		int size = insn.operandSize();
		operands.push(size, operands.readSigned(insn, 0, size));
	}

	void pop(Instruction insn) {
		int size = insn.kind(0) == Instruction.SEGMENT_REGISTER ? insn.operandSize() : insn.size(0);
		long value = operands.pop(size);
		operands.write(insn, 0, value);
	}

	void pushFlags(Instruction insn) {
		operands.push(insn.operandSize(), cpu.rflags() & ~(Flags.VM | Flags.RF));
	}

	/** popf changes IOPL only at CPL 0 and IF only when CPL <= IOPL (SDM Vol. 2, POPF). */
	void popFlags(Instruction insn) {
		int size = insn.operandSize();
		long value = operands.pop(size);
		long writable = POPF_WRITABLE;
		long iopl = (cpu.rflags() & Flags.IOPL) >> 12;
		if (cpu.cpl() == 0) {
			writable |= Flags.IOPL;
		}
		if (cpu.cpl() <= iopl) {
			writable |= Flags.IF;
		}
		cpu.setFlags(writable & mask(size), value);
	}

	void pushAll(Instruction insn) {
		int size = insn.operandSize();
		long sp = cpu.reg(CpuState.RSP, size);
		for (int register = CpuState.RAX; register <= CpuState.RDI; register++) {
			operands.push(size, register == CpuState.RSP ? sp : cpu.reg(register, size));
		}
	}

	void popAll(Instruction insn) {
		int size = insn.operandSize();
		for (int register = CpuState.RDI; register >= CpuState.RAX; register--) {
			long value = operands.pop(size);
			if (register != CpuState.RSP) {
				cpu.setReg(register, size, value);
			}
		}
	}

	void enter(Instruction insn) {
		int size = insn.operandSize();
		int stackSize = operands.stackAddressSize();
		long frameSize = insn.value(0) & 0xffff;
		int level = (int) insn.value(1) & 0x1f;
		operands.push(size, cpu.reg(CpuState.RBP, size));
		long frame = cpu.reg(CpuState.RSP, stackSize);
		for (int i = 1; i < level; i++) {
			long bp = (cpu.gpr(CpuState.RBP) - (long) size * i) & mask(stackSize);
			operands.push(size, operands.readMemory(2, bp, size));
		}
		if (level > 0) {
			operands.push(size, frame);
		}
		cpu.setReg(CpuState.RBP, size, frame);
		cpu.setReg(CpuState.RSP, stackSize, cpu.gpr(CpuState.RSP) - frameSize);
	}

	void leave(Instruction insn) {
		int stackSize = operands.stackAddressSize();
		cpu.setReg(CpuState.RSP, stackSize, cpu.gpr(CpuState.RBP));
		cpu.setReg(CpuState.RBP, insn.operandSize(), operands.pop(insn.operandSize()));
	}
}
