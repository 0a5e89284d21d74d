package dev.gasket.x86.exec;

import dev.gasket.x86.cpu.CpuFault;
import dev.gasket.x86.cpu.CpuMode;
import dev.gasket.x86.cpu.CpuState;
import dev.gasket.x86.cpu.CpuidTable;
import dev.gasket.x86.cpu.ExceptionVector;
import dev.gasket.x86.cpu.Flags;
import dev.gasket.x86.cpu.SegmentRegister;
import dev.gasket.x86.decode.Instruction;
import dev.gasket.x86.io.IoPorts;
import dev.gasket.x86.mem.Mmu;

/** Privileged and system instructions: descriptor tables, MSRs, cpuid, port I/O, cli/sti, invlpg, swapgs. */
final class SystemOps {

	private final CpuState cpu;
	private final Operands operands;
	private final SystemRegisters registers;
	private final Mmu mmu;
	private final IoPorts ports;
	private final CpuidTable cpuid;

	SystemOps(CpuState cpu, Operands operands, SystemRegisters registers, Mmu mmu, IoPorts ports, CpuidTable cpuid) {
		this.cpu = cpu;
		this.operands = operands;
		this.registers = registers;
		this.mmu = mmu;
		this.ports = ports;
		this.cpuid = cpuid;
	}

	void requireCpl0(Instruction insn) {
		if (cpu.cpl() != 0) {
			throw CpuFault.withErrorCode(ExceptionVector.GP, 0, insn.opcode().mnemonic(insn.operandSize()) + " needs CPL 0");
		}
	}

	/** Port I/O and cli/sti need CPL <= IOPL outside real mode (the TSS I/O bitmap is not emulated). */
	void requireIoPrivilege(Instruction insn) {
		long iopl = (cpu.rflags() & Flags.IOPL) >> 12;
		if (cpu.mode() != CpuMode.REAL && cpu.cpl() > iopl) {
			throw CpuFault.withErrorCode(ExceptionVector.GP, 0, insn.opcode().mnemonic(insn.operandSize()) + " needs CPL <= IOPL");
		}
	}

	/** lgdt/lidt: a 16-bit limit then a 24-bit (16-bit operand), 32-bit or 64-bit (64-bit mode) base. */
	void loadTable(Instruction insn, boolean global) {
		requireCpl0(insn);
		long address = operands.effectiveAddress(insn);
		int segment = insn.memorySegment();
		int limit = (int) operands.readMemory(segment, address, 2);
		long base = cpu.mode() == CpuMode.LONG_64 ? operands.readMemory(segment, address + 2, 8)
				: operands.readMemory(segment, address + 2, 4) & (insn.operandSize() == 2 ? 0xffffff : 0xffffffffL);
		(global ? cpu.gdtr() : cpu.idtr()).load(base, limit);
	}

	void storeTable(Instruction insn, boolean global) {
		long address = operands.effectiveAddress(insn);
		int segment = insn.memorySegment();
		var table = global ? cpu.gdtr() : cpu.idtr();
		operands.writeMemory(segment, address, 2, table.limit());
		if (cpu.mode() == CpuMode.LONG_64) {
			operands.writeMemory(segment, address + 2, 8, table.base());
		} else {
			operands.writeMemory(segment, address + 2, 4, table.base());
		}
	}

	void loadLdtOrTask(Instruction insn, boolean task) {
		if (cpu.mode() == CpuMode.REAL) {
			throw CpuFault.of(ExceptionVector.UD, (task ? "ltr" : "lldt") + " is not recognised in real mode");
		}
		requireCpl0(insn);
		int selector = (int) operands.read(insn, 0) & 0xffff;
		if (task) {
			registers.segments().loadTaskRegister(selector);
		} else {
			registers.segments().loadLdt(selector);
		}
	}

	void storeLdtOrTask(Instruction insn, boolean task) {
		if (cpu.mode() == CpuMode.REAL) {
			throw CpuFault.of(ExceptionVector.UD, (task ? "str" : "sldt") + " is not recognised in real mode");
		}
		operands.write(insn, 0, (task ? cpu.tr() : cpu.ldtr()).selector());
	}

	/** lmsw sets PE, MP, EM, TS from the operand; it can set PE but not clear it. */
	void loadMachineStatusWord(Instruction insn) {
		requireCpl0(insn);
		long value = operands.read(insn, 0) & 0xf;
		long cr0 = cpu.cr0();
		registers.writeCr0((cr0 & ~0xeL) | value | (cr0 & SystemRegisters.CR0_PE));
	}

	void storeMachineStatusWord(Instruction insn) {
		operands.write(insn, 0, cpu.cr0());
	}

	void clearTaskSwitched(Instruction insn) {
		requireCpl0(insn);
		registers.writeCr0(cpu.cr0() & ~8L);
	}

	void readMsr(Instruction insn) {
		requireCpl0(insn);
		long value = registers.readMsr(cpu.reg(CpuState.RCX, 4));
		cpu.setReg(CpuState.RAX, 4, value);
		cpu.setReg(CpuState.RDX, 4, value >>> 32);
	}

	void writeMsr(Instruction insn) {
		requireCpl0(insn);
		long value = cpu.reg(CpuState.RDX, 4) << 32 | cpu.reg(CpuState.RAX, 4);
		registers.writeMsr(cpu.reg(CpuState.RCX, 4), value);
	}

	void cpuid() {
		int[] answer = cpuid.query(cpu.reg(CpuState.RAX, 4), (int) cpu.reg(CpuState.RCX, 4));
		cpu.setReg(CpuState.RAX, 4, answer[0]);
		cpu.setReg(CpuState.RBX, 4, answer[1]);
		cpu.setReg(CpuState.RCX, 4, answer[2]);
		cpu.setReg(CpuState.RDX, 4, answer[3]);
	}

	/** The time-stamp counter counts retired instructions, so runs are reproducible. */
	void readTimeStamp(long instructions) {
		cpu.setReg(CpuState.RAX, 4, instructions);
		cpu.setReg(CpuState.RDX, 4, instructions >>> 32);
	}

	void in(Instruction insn) {
		requireIoPrivilege(insn);
		int port = insn.kind(1) == Instruction.IMMEDIATE ? (int) insn.value(1) & 0xff : (int) cpu.reg(CpuState.RDX, 2);
		int size = insn.size(0);
		cpu.setReg(CpuState.RAX, size, ports.read(port, size));
	}

	void out(Instruction insn) {
		requireIoPrivilege(insn);
		int port = insn.kind(0) == Instruction.IMMEDIATE ? (int) insn.value(0) & 0xff : (int) cpu.reg(CpuState.RDX, 2);
		int size = insn.size(1);
		ports.write(port, size, cpu.reg(CpuState.RAX, size));
	}

	void setInterruptFlag(Instruction insn, boolean enable) {
		requireIoPrivilege(insn);
		cpu.setFlags(Flags.IF, enable ? Flags.IF : 0);
	}

	void invalidatePage(Instruction insn) {
		requireCpl0(insn);
		mmu.invalidate(operands.linear(insn.memorySegment(), operands.effectiveAddress(insn), 1, false));
	}

	void swapGs(Instruction insn) {
		requireCpl0(insn);
		var gs = cpu.segment(SegmentRegister.GS);
		long kernel = cpu.kernelGsBase();
		cpu.setKernelGsBase(gs.base());
		gs.setBase(kernel);
	}
}
