package dev.gasket.x86.exec;

import static dev.gasket.x86.exec.Operands.mask;

import dev.gasket.x86.cpu.CpuState;
import dev.gasket.x86.cpu.SegmentRegister;
import dev.gasket.x86.decode.Instruction;
import dev.gasket.x86.decode.Operation;

/**
 * movs/stos/lods/cmps/scas. With a rep prefix each call performs one iteration and says whether another
 * follows, so single-stepping a {@code rep movsb} moves one element per step as on hardware.
 */
final class StringOps {

	private static final int ES = SegmentRegister.ES.ordinal();

	private final CpuState cpu;
	private final Operands operands;

	StringOps(CpuState cpu, Operands operands) {
		this.cpu = cpu;
		this.operands = operands;
	}

	/** @return whether the instruction must run again (a rep prefix with iterations left) */
	boolean execute(Instruction insn, Operation operation) {
		int addressSize = insn.addressSize();
		boolean repeated = insn.repeatPrefix() != 0;
		if (repeated && cpu.reg(CpuState.RCX, addressSize) == 0) {
			return false;
		}
		int size = insn.size(0);
		long step = cpu.df() ? -size : size;
		long si = cpu.reg(CpuState.RSI, addressSize);
		long di = cpu.reg(CpuState.RDI, addressSize);
		int source = insn.memorySegment();
		switch (operation) {
			case MOVS -> {
				operands.writeMemory(ES, di, size, operands.readMemory(source, si, size));
				cpu.setReg(CpuState.RSI, addressSize, (si + step) & mask(addressSize));
				cpu.setReg(CpuState.RDI, addressSize, (di + step) & mask(addressSize));
			}
			case STOS -> {
				operands.writeMemory(ES, di, size, cpu.reg(CpuState.RAX, size));
				cpu.setReg(CpuState.RDI, addressSize, (di + step) & mask(addressSize));
			}
			case LODS -> {
				cpu.setReg(CpuState.RAX, size, operands.readMemory(source, si, size));
				cpu.setReg(CpuState.RSI, addressSize, (si + step) & mask(addressSize));
			}
			case CMPS -> {
				long a = operands.readMemory(source, si, size);
				long b = operands.readMemory(ES, di, size);
				cpu.flagsAfterSub(size, a, b, (a - b) & mask(size));
				cpu.setReg(CpuState.RSI, addressSize, (si + step) & mask(addressSize));
				cpu.setReg(CpuState.RDI, addressSize, (di + step) & mask(addressSize));
			}
			default -> {
				long a = cpu.reg(CpuState.RAX, size);
				long b = operands.readMemory(ES, di, size);
				cpu.flagsAfterSub(size, a, b, (a - b) & mask(size));
				cpu.setReg(CpuState.RDI, addressSize, (di + step) & mask(addressSize));
			}
		}
		if (!repeated) {
			return false;
		}
		long count = (cpu.reg(CpuState.RCX, addressSize) - 1) & mask(addressSize);
		cpu.setReg(CpuState.RCX, addressSize, count);
		if (count == 0) {
			return false;
		}
		if (operation == Operation.CMPS || operation == Operation.SCAS) {
			return insn.repeatPrefix() == 0xf3 ? cpu.zf() : !cpu.zf();
		}
		return true;
	}
}
