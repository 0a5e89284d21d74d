package dev.gasket.x86.exec;

import static dev.gasket.x86.exec.Operands.mask;
import static dev.gasket.x86.exec.Operands.signBit;
import static dev.gasket.x86.exec.Operands.signExtend;

import dev.gasket.x86.cpu.CpuState;
import dev.gasket.x86.cpu.Flags;
import dev.gasket.x86.decode.Instruction;
import dev.gasket.x86.decode.Operation;

/**
 * Shifts and rotates (SDM Vol. 2, SAL/SAR/SHL/SHR, RCL/RCR/ROL/ROR, SHLD/SHRD), bit tests and scans, bswap.
 * Where the SDM leaves a flag undefined, these set what current Intel CPUs set where that is simple,
 * and the differential tests mask the rest.
 */
final class ShiftAndBitOps {

	private final CpuState cpu;
	private final Operands operands;

	ShiftAndBitOps(CpuState cpu, Operands operands) {
		this.cpu = cpu;
		this.operands = operands;
	}

	void shift(Instruction insn, Operation operation) {
		int size = insn.size(0);
		int bits = size * 8;
		int count = (int) operands.read(insn, 1) & (size == 8 ? 0x3f : 0x1f);
		if (count == 0) {
			writeBackZeroExtended(insn);
			return;
		}
		long m = mask(size);
		long dst = operands.read(insn, 0);
		long result;
		boolean cf;
		boolean of;
		switch (operation) {
			case SHL -> {
				result = count >= 64 ? 0 : (dst << count) & m;
				cf = count <= bits && ((dst >>> (bits - count)) & 1) != 0;
				of = ((result & signBit(size)) != 0) != cf;
			}
			case SHR -> {
				result = count >= 64 ? 0 : dst >>> count;
				cf = ((dst >>> (count - 1)) & 1) != 0 && count <= bits;
				of = (dst & signBit(size)) != 0;
			}
			default -> {
				long signed = signExtend(dst, size);
				result = (signed >> Math.min(count, 63)) & m;
				cf = ((signed >> Math.min(count - 1, 63)) & 1) != 0;
				of = false;
			}
		}
		operands.write(insn, 0, result);
		cpu.setFlags(Flags.STATUS, ArithmeticOps.statusFlags(size, result, cf, of, 0));
	}

	void rotate(Instruction insn, Operation operation) {
		int size = insn.size(0);
		int bits = size * 8;
		int count = (int) operands.read(insn, 1) & (size == 8 ? 0x3f : 0x1f);
		if (operation == Operation.RCL || operation == Operation.RCR) {
			count %= bits + 1;
		}
		if (count == 0) {
			writeBackZeroExtended(insn);
			return;
		}
		long m = mask(size);
		long dst = operands.read(insn, 0);
		long msb = signBit(size);
		long result;
		boolean cf;
		boolean of;
		switch (operation) {
			case ROL -> {
				int n = count % bits;
				result = n == 0 ? dst : ((dst << n) | (dst >>> (bits - n))) & m;
				cf = (result & 1) != 0;
				of = ((result & msb) != 0) != cf;
			}
			case ROR -> {
				int n = count % bits;
				result = n == 0 ? dst : ((dst >>> n) | (dst << (bits - n))) & m;
				cf = (result & msb) != 0;
				of = ((result & msb) != 0) != ((result & (msb >>> 1)) != 0);
			}
			case RCL -> {
				result = dst;
				cf = cpu.cf();
				for (int i = 0; i < count; i++) {
					boolean out = (result & msb) != 0;
					result = ((result << 1) | (cf ? 1 : 0)) & m;
					cf = out;
				}
				of = ((result & msb) != 0) != cf;
			}
			default -> {
				result = dst;
				cf = cpu.cf();
				boolean carryIn = cf;
				for (int i = 0; i < count; i++) {
					boolean out = (result & 1) != 0;
					result = (result >>> 1) | (cf ? msb : 0);
					cf = out;
				}
				// OF of RCR by 1 is MSB(dst) xor CF before the rotate.
				of = ((dst & msb) != 0) != carryIn;
			}
		}
		operands.write(insn, 0, result);
		cpu.flagsAfterRotate(cf, of);
	}

	void doubleShift(Instruction insn, boolean left) {
		int size = insn.size(0);
		int bits = size * 8;
		int count = (int) operands.read(insn, 2) & (size == 8 ? 0x3f : 0x1f);
		if (count == 0) {
			writeBackZeroExtended(insn);
			return;
		}
		long m = mask(size);
		long dst = operands.read(insn, 0);
		long src = operands.read(insn, 1);
		long result;
		boolean cf;
		if (count > bits) {
			// 16-bit operands with counts 17..31: the result is undefined; this keeps the destination.
			result = dst;
			cf = false;
		} else if (left) {
			result = ((dst << count) | (count == bits ? src : src >>> (bits - count))) & m;
			cf = ((dst >>> (bits - count)) & 1) != 0;
		} else {
			result = ((dst >>> count) | (count == bits ? src : src << (bits - count))) & m;
			cf = ((dst >>> (count - 1)) & 1) != 0;
		}
		operands.write(insn, 0, result);
		boolean of = ((result ^ dst) & signBit(size)) != 0;
		cpu.setFlags(Flags.STATUS, ArithmeticOps.statusFlags(size, result, cf, of, 0));
	}

	/** A 32-bit register destination is written even by a zero count, which clears bits 63:32. */
	private void writeBackZeroExtended(Instruction insn) {
		if (insn.size(0) == 4 && insn.kind(0) == Instruction.REGISTER) {
			operands.write(insn, 0, operands.read(insn, 0));
		}
	}

	/** bt/bts/btr/btc; a register bit offset into memory may address bytes outside the operand (SDM, BT). */
	void bitTest(Instruction insn, Operation operation) {
		int size = insn.size(0);
		int bits = size * 8;
		long offset = operands.read(insn, 1);
		boolean registerOffset = insn.kind(1) == Instruction.REGISTER;
		long bit;
		long value;
		long address = 0;
		boolean memory = insn.kind(0) == Instruction.MEMORY;
		if (memory && registerOffset) {
			long signed = signExtend(offset, insn.size(1));
			address = (operands.effectiveAddress(insn) + (signed >> Integer.numberOfTrailingZeros(bits)) * size) & mask(insn.addressSize());
			bit = signed & (bits - 1);
			value = operands.readMemory(insn.memorySegment(), address, size);
		} else {
			bit = offset & (bits - 1);
			value = operands.read(insn, 0);
		}
		boolean set = ((value >>> bit) & 1) != 0;
		long updated = switch (operation) {
			case BTS -> value | (1L << bit);
			case BTR -> value & ~(1L << bit);
			case BTC -> value ^ (1L << bit);
			default -> value;
		};
		if (operation != Operation.BT) {
			if (memory && registerOffset) {
				operands.writeMemory(insn.memorySegment(), address, size, updated);
			} else {
				operands.write(insn, 0, updated);
			}
		}
		cpu.setFlags(Flags.CF, set ? Flags.CF : 0);
	}

	/** bsf/bsr: ZF=1 and the destination unchanged for a zero source, as current CPUs do. */
	void bitScan(Instruction insn, boolean forward) {
		int size = insn.size(0);
		long src = operands.read(insn, 1);
		if (src == 0) {
			cpu.setFlags(Flags.ZF, Flags.ZF);
			return;
		}
		long index = forward ? Long.numberOfTrailingZeros(src) : 63 - Long.numberOfLeadingZeros(src);
		operands.write(insn, 0, index);
		cpu.setFlags(Flags.ZF, 0);
		if (size == 8 || size == 4 || size == 2) {
			long flags = Flags.parity(index);
			cpu.setFlags(Flags.PF | Flags.CF | Flags.OF | Flags.SF | Flags.AF, flags);
		}
	}

	void byteSwap(Instruction insn) {
		long value = operands.read(insn, 0);
		operands.write(insn, 0, insn.size(0) == 8 ? Long.reverseBytes(value) : Integer.reverseBytes((int) value) & 0xffffffffL);
	}
}
