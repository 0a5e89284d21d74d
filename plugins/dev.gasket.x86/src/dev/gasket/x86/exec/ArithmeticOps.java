package dev.gasket.x86.exec;

import static dev.gasket.x86.exec.Operands.mask;
import static dev.gasket.x86.exec.Operands.signBit;
import static dev.gasket.x86.exec.Operands.signExtend;

import java.math.BigInteger;

import dev.gasket.x86.cpu.CpuFault;
import dev.gasket.x86.cpu.CpuState;
import dev.gasket.x86.cpu.ExceptionVector;
import dev.gasket.x86.cpu.Flags;
import dev.gasket.x86.decode.Instruction;

/** add/adc/sub/sbb/cmp, logic, inc/dec/not/neg, multiplication and division, exchange-and-compare. */
final class ArithmeticOps {

	private final CpuState cpu;
	private final Operands operands;

	ArithmeticOps(CpuState cpu, Operands operands) {
		this.cpu = cpu;
		this.operands = operands;
	}

	void add(Instruction insn) {
		int size = insn.size(0);
		long dst = operands.read(insn, 0);
		long src = operands.readSigned(insn, 1, size);
		long result = (dst + src) & mask(size);
		operands.write(insn, 0, result);
		cpu.flagsAfterAdd(size, dst, src, result);
	}

	void sub(Instruction insn, boolean store) {
		int size = insn.size(0);
		long dst = operands.read(insn, 0);
		long src = operands.readSigned(insn, 1, size);
		long result = (dst - src) & mask(size);
		if (store) {
			operands.write(insn, 0, result);
		}
		cpu.flagsAfterSub(size, dst, src, result);
	}

	void adc(Instruction insn) {
		int size = insn.size(0);
		long m = mask(size);
		long dst = operands.read(insn, 0);
		long src = operands.readSigned(insn, 1, size);
		long carry = cpu.cf() ? 1 : 0;
		long result = (dst + src + carry) & m;
		operands.write(insn, 0, result);
		boolean cf = Long.compareUnsigned(result, dst) < 0 || (carry == 1 && result == dst);
		long of = (dst ^ result) & (src ^ result) & signBit(size);
		setStatus(size, result, cf, of != 0, (dst ^ src ^ result) & Flags.AF);
	}

	void sbb(Instruction insn) {
		int size = insn.size(0);
		long m = mask(size);
		long dst = operands.read(insn, 0);
		long src = operands.readSigned(insn, 1, size);
		long borrow = cpu.cf() ? 1 : 0;
		long result = (dst - src - borrow) & m;
		operands.write(insn, 0, result);
		boolean cf = Long.compareUnsigned(dst, src) < 0 || (borrow == 1 && dst == src);
		long of = (dst ^ src) & (dst ^ result) & signBit(size);
		setStatus(size, result, cf, of != 0, (dst ^ src ^ result) & Flags.AF);
	}

	private void setStatus(int size, long result, boolean cf, boolean of, long af) {
		cpu.setFlags(Flags.STATUS, statusFlags(size, result, cf, of, af));
	}

	/** The six status flags of a result worked out eagerly: ZF, SF and PF from it, the rest as given. */
	static long statusFlags(int size, long result, boolean cf, boolean of, long af) {
		long flags = Flags.parity(result) | af;
		if ((result & mask(size)) == 0) {
			flags |= Flags.ZF;
		}
		if ((result & signBit(size)) != 0) {
			flags |= Flags.SF;
		}
		if (cf) {
			flags |= Flags.CF;
		}
		if (of) {
			flags |= Flags.OF;
		}
		return flags;
	}

	/** and, or, xor (store) and test (no store). */
	void logic(Instruction insn, int operator, boolean store) {
		int size = insn.size(0);
		long dst = operands.read(insn, 0);
		long src = operands.readSigned(insn, 1, size);
		long result = switch (operator) {
			case '&' -> dst & src;
			case '|' -> dst | src;
			default -> dst ^ src;
		};
		if (store) {
			operands.write(insn, 0, result);
		}
		cpu.flagsAfterLogic(size, result);
	}

	void incDec(Instruction insn, boolean increment) {
		int size = insn.size(0);
		long dst = operands.read(insn, 0);
		long result = (increment ? dst + 1 : dst - 1) & mask(size);
		operands.write(insn, 0, result);
		cpu.flagsAfterIncDec(increment, size, dst, result);
	}

	void not(Instruction insn) {
		operands.write(insn, 0, ~operands.read(insn, 0) & mask(insn.size(0)));
	}

	void neg(Instruction insn) {
		int size = insn.size(0);
		long src = operands.read(insn, 0);
		long result = -src & mask(size);
		operands.write(insn, 0, result);
		cpu.flagsAfterSub(size, 0, src, result);
	}

	/** One-operand mul/imul: the accumulator times the operand into (E/R)DX:(E/R)AX or AX. */
	void multiplyWide(Instruction insn, boolean signed) {
		int size = insn.size(0);
		long m = mask(size);
		long a = cpu.reg(CpuState.RAX, size);
		long b = operands.read(insn, 0);
		long low;
		long high;
		if (size == 8) {
			low = a * b;
			high = signed ? Math.multiplyHigh(a, b) : Math.unsignedMultiplyHigh(a, b);
		} else {
			long product = signed ? signExtend(a, size) * signExtend(b, size) : a * b;
			low = product & m;
			high = (product >> (size * 8)) & m;
		}
		boolean overflow = signed ? high != (signExtend(low, size) >> 63 & m) : high != 0;
		if (size == 1) {
			cpu.setReg(CpuState.RAX, 2, (high << 8) | low);
		} else {
			cpu.setReg(CpuState.RAX, size, low);
			cpu.setReg(CpuState.RDX, size, high);
		}
		setMultiplyFlags(size, low, overflow);
	}

	/** Two- and three-operand imul: the truncated signed product. */
	void multiply(Instruction insn) {
		int size = insn.size(0);
		int first = insn.operandCount() == 3 ? 1 : 0;
		int second = insn.operandCount() == 3 ? 2 : 1;
		long a = signExtend(operands.read(insn, first), size);
		long b = signExtend(operands.readSigned(insn, second, size), size);
		long low = a * b;
		boolean overflow = size == 8 ? Math.multiplyHigh(a, b) != (low >> 63) : signExtend(low & mask(size), size) != low;
		operands.write(insn, 0, low & mask(size));
		setMultiplyFlags(size, low, overflow);
	}

	/** CF=OF=overflow; SF, ZF, PF from the low half (architecturally undefined; this is what current CPUs do). */
	private void setMultiplyFlags(int size, long low, boolean overflow) {
		long flags = Flags.parity(low);
		if ((low & signBit(size)) != 0) {
			flags |= Flags.SF;
		}
		if ((low & mask(size)) == 0) {
			flags |= Flags.ZF;
		}
		if (overflow) {
			flags |= Flags.CF | Flags.OF;
		}
		cpu.setFlags(Flags.STATUS, flags);
	}

	void divide(Instruction insn, boolean signed) {
		int size = insn.size(0);
		long m = mask(size);
		long divisor = operands.read(insn, 0);
		if (divisor == 0) {
			throw CpuFault.of(ExceptionVector.DE, "division by zero");
		}
		BigInteger dividend;
		if (size == 1) {
			long ax = cpu.reg(CpuState.RAX, 2);
			dividend = BigInteger.valueOf(signed ? (short) ax : ax);
		} else {
			long high = cpu.reg(CpuState.RDX, size);
			long low = cpu.reg(CpuState.RAX, size);
			dividend = unsigned(high, size).shiftLeft(size * 8).or(unsigned(low, size));
			if (signed && (high & signBit(size)) != 0) {
				dividend = dividend.subtract(BigInteger.ONE.shiftLeft(size * 16));
			}
		}
		BigInteger d = signed ? BigInteger.valueOf(signExtend(divisor, size)) : unsigned(divisor, size);
		BigInteger[] qr = dividend.divideAndRemainder(d);
		BigInteger quotient = qr[0];
		BigInteger limit = BigInteger.ONE.shiftLeft(size * 8 - (signed ? 1 : 0));
		boolean fits = signed ? quotient.compareTo(limit.negate()) >= 0 && quotient.compareTo(limit) < 0 : quotient.compareTo(limit) < 0;
		if (!fits) {
			throw CpuFault.of(ExceptionVector.DE, "quotient too large for the destination");
		}
		long q = quotient.longValue() & m;
		long r = qr[1].longValue() & m;
		if (size == 1) {
			cpu.setReg(CpuState.RAX, 2, (r << 8) | q);
		} else {
			cpu.setReg(CpuState.RAX, size, q);
			cpu.setReg(CpuState.RDX, size, r);
		}
	}

	private static BigInteger unsigned(long value, int size) {
		return new BigInteger(Long.toUnsignedString(value & mask(size)));
	}

	void exchange(Instruction insn) {
		long a = operands.read(insn, 0);
		long b = operands.read(insn, 1);
		operands.write(insn, 0, b);
		operands.write(insn, 1, a);
	}

	void compareExchange(Instruction insn) {
		int size = insn.size(0);
		long accumulator = cpu.reg(CpuState.RAX, size);
		long dst = operands.read(insn, 0);
		if (accumulator == dst) {
			operands.write(insn, 0, operands.read(insn, 1));
		} else {
			// A memory destination is written back unchanged (the locked read-modify-write); a register one is not
			// written at all, so a 32-bit register keeps bits 63:32.
			if (insn.kind(0) == Instruction.MEMORY) {
				operands.write(insn, 0, dst);
			}
			cpu.setReg(CpuState.RAX, size, dst);
		}
		// Flags last: a faulting write must leave them as they were.
		cpu.flagsAfterSub(size, accumulator, dst, (accumulator - dst) & mask(size));
	}

	void exchangeAdd(Instruction insn) {
		int size = insn.size(0);
		long src = operands.read(insn, 1);
		if (insn.kind(0) == Instruction.MEMORY) {
			// The address is formed once, before the source register (which it may use) changes.
			long address = operands.effectiveAddress(insn);
			long dst = operands.readMemory(insn.memorySegment(), address, size);
			long result = (dst + src) & mask(size);
			operands.writeMemory(insn.memorySegment(), address, size, result);
			operands.write(insn, 1, dst);
			cpu.flagsAfterAdd(size, dst, src, result);
			return;
		}
		long dst = operands.read(insn, 0);
		long result = (dst + src) & mask(size);
		// Source before destination, so that xadd %reg,%reg leaves the sum (register writes cannot fault).
		operands.write(insn, 1, dst);
		operands.write(insn, 0, result);
		cpu.flagsAfterAdd(size, dst, src, result);
	}
}
