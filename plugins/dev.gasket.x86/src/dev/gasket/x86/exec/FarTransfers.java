package dev.gasket.x86.exec;

import static dev.gasket.x86.exec.Operands.mask;

import dev.gasket.x86.cpu.CpuFault;
import dev.gasket.x86.cpu.CpuMode;
import dev.gasket.x86.cpu.CpuState;
import dev.gasket.x86.cpu.ExceptionVector;
import dev.gasket.x86.cpu.Flags;
import dev.gasket.x86.cpu.Segment;
import dev.gasket.x86.cpu.SegmentRegister;
import dev.gasket.x86.decode.Instruction;

/**
 * ljmp, lcall, lret and iret: the instructions that load CS and so switch between real, protected,
 * compatibility and 64-bit mode. Call gates, task gates and task switches are not emulated (#GP).
 */
final class FarTransfers {

	private static final int CS = SegmentRegister.CS.ordinal();
	private static final int SS = SegmentRegister.SS.ordinal();
	private static final SegmentRegister[] DATA_SEGMENT_REGISTERS = { SegmentRegister.ES, SegmentRegister.FS, SegmentRegister.GS, SegmentRegister.DS };
	private static final long IRET_WRITABLE = Flags.STATUS | Flags.TF | Flags.DF | Flags.NT | Flags.AC | Flags.ID | Flags.RF;

	private final CpuState cpu;
	private final Operands operands;
	private final Segments segments;

	FarTransfers(CpuState cpu, Operands operands, Segments segments) {
		this.cpu = cpu;
		this.operands = operands;
		this.segments = segments;
	}

	void jump(Instruction insn) {
		long[] pointer = farPointer(insn);
		transfer((int) pointer[0], pointer[1], insn.operandSize());
	}

	void call(Instruction insn) {
		long[] pointer = farPointer(insn);
		int size = insn.operandSize();
		// Pushed with the caller's stack size before CS changes; the interpreter restores RSP if the load faults.
		operands.push(size, cpu.segment(CS).selector());
		operands.push(size, cpu.rip());
		transfer((int) pointer[0], pointer[1], size);
	}

	/** {selector, offset} from {@code ptr16:16/32} or {@code m16:16/32/64} (offset first in memory). */
	private long[] farPointer(Instruction insn) {
		if (insn.kind(0) == Instruction.FAR_POINTER) {
			return new long[] { insn.farSelector(), insn.value(0) };
		}
		int size = insn.operandSize();
		long address = operands.effectiveAddress(insn);
		long offset = operands.readMemory(insn.memorySegment(), address, size);
		long selector = operands.readMemory(insn.memorySegment(), (address + size) & mask(insn.addressSize()), 2);
		return new long[] { selector, offset };
	}

	private void transfer(int selector, long offset, int size) {
		if (cpu.mode() == CpuMode.REAL) {
			segments.loadCode(selector, 0);
			cpu.setRip(offset & mask(size));
			return;
		}
		int cpl = cpu.cpl();
		int dpl = segments.codeDpl(selector);
		boolean conforming = (segments.descriptor(selector) & (1L << 42)) != 0;
		if (conforming ? dpl > cpl : dpl != cpl || (selector & 3) > cpl) {
			throw CpuFault.withErrorCode(ExceptionVector.GP, selector & 0xfffc,
					String.format("far transfer to selector 0x%x: privilege check failed (CPL %d, DPL %d)", selector, cpl, dpl));
		}
		segments.loadCode(selector, cpl);
		checkTarget(offset & mask(size));
		cpu.setRip(offset & mask(size));
	}

	private void checkTarget(long rip) {
		if (cpu.mode() != CpuMode.LONG_64 && rip > cpu.segment(CS).limit()) {
			throw CpuFault.withErrorCode(ExceptionVector.GP, 0, String.format("far target 0x%x is beyond the CS limit", rip));
		}
		if (cpu.mode() == CpuMode.LONG_64 && !operands.isCanonical(rip)) {
			throw CpuFault.withErrorCode(ExceptionVector.GP, 0, String.format("far target 0x%x is not canonical", rip));
		}
	}

	void ret(Instruction insn) {
		int size = insn.operandSize();
		long release = insn.operandCount() == 1 ? insn.value(0) & 0xffff : 0;
		long rip = operands.peek(size, 0);
		int selector = (int) operands.peek(size, 1) & 0xffff;
		if (cpu.mode() == CpuMode.REAL) {
			segments.loadCode(selector, 0);
			popAndRelease(size, 2, release);
			cpu.setRip(rip & mask(size));
			return;
		}
		int rpl = selector & 3;
		if (rpl < cpu.cpl()) {
			throw CpuFault.withErrorCode(ExceptionVector.GP, selector & 0xfffc, "lret to a more privileged level");
		}
		if (rpl == cpu.cpl()) {
			// Popped with the returning code's stack size; the interpreter restores RSP if the CS load faults.
			popAndRelease(size, 2, release);
			segments.loadCode(selector, rpl);
			checkTarget(rip & mask(size));
		} else {
			long rsp = operands.peek(size, 2 + (int) (release / size));
			int ss = (int) operands.peek(size, 3 + (int) (release / size)) & 0xffff;
			segments.loadCode(selector, rpl);
			segments.loadStack(ss, rpl);
			// lret $n releases n bytes on the outer stack too.
			cpu.setReg(CpuState.RSP, operands.stackAddressSize(), rsp + release);
			checkTarget(rip & mask(size));
			nullInnerDataSegments(rpl);
		}
		cpu.setRip(rip & mask(size));
	}

	private void popAndRelease(int size, int slots, long release) {
		int stackSize = operands.stackAddressSize();
		cpu.setReg(CpuState.RSP, stackSize, cpu.gpr(CpuState.RSP) + (long) size * slots + release);
	}

	void iret(Instruction insn) {
		int size = insn.operandSize();
		long rip = operands.peek(size, 0);
		int selector = (int) operands.peek(size, 1) & 0xffff;
		long flags = operands.peek(size, 2);
		if (cpu.mode() == CpuMode.REAL) {
			segments.loadCode(selector, 0);
			popAndRelease(size, 3, 0);
			setFlags(flags, size, 0);
			cpu.setRip(rip & mask(size));
			return;
		}
		if ((cpu.rflags() & Flags.NT) != 0) {
			throw CpuFault.withErrorCode(ExceptionVector.GP, 0, "iret with EFLAGS.NT set (task return) is not emulated");
		}
		int rpl = selector & 3;
		int oldCpl = cpu.cpl();
		if (rpl < oldCpl) {
			throw CpuFault.withErrorCode(ExceptionVector.GP, selector & 0xfffc, "iret to a more privileged level");
		}
		boolean popsStack = cpu.mode() == CpuMode.LONG_64 || rpl != oldCpl;
		long rsp = popsStack ? operands.peek(size, 3) : 0;
		int ss = popsStack ? (int) operands.peek(size, 4) & 0xffff : 0;
		if (!popsStack) {
			popAndRelease(size, 3, 0);
		}
		segments.loadCode(selector, rpl);
		if (popsStack) {
			segments.loadStack(ss, rpl);
			cpu.setReg(CpuState.RSP, 8, size == 8 ? rsp : rsp & mask(size));
		}
		// The last check before RFLAGS and the data segments change, which the interpreter does not restore on a fault.
		checkTarget(rip & mask(size));
		if (rpl > oldCpl) {
			nullInnerDataSegments(rpl);
		}
		setFlags(flags, size, oldCpl);
		cpu.setRip(rip & mask(size));
	}

	/**
	 * A return to an outer level nulls ES, FS, GS and DS if they select a data or non-conforming code segment
	 * the new CPL may not use (DPL < CPL), so it cannot keep inner-level data (SDM Vol. 2, IRET and RET). A null
	 * selector selects nothing and stays as it is: 64-bit code keeps an FS or GS base set through the MSRs.
	 */
	private void nullInnerDataSegments(int newCpl) {
		for (SegmentRegister register : DATA_SEGMENT_REGISTERS) {
			Segment segment = cpu.segment(register);
			boolean conformingCode = segment.isCode() && (segment.attributes() & Segment.TYPE_CONFORMING_OR_EXPAND_DOWN) != 0;
			if ((segment.selector() & 0xfffc) != 0 && !conformingCode && segment.dpl() < newCpl) {
				segment.loadNull(0);
			}
		}
	}

	private void setFlags(long value, int size, int oldCpl) {
		long writable = IRET_WRITABLE;
		long iopl = (cpu.rflags() & Flags.IOPL) >> 12;
		if (oldCpl == 0) {
			writable |= Flags.IOPL;
		}
		if (oldCpl <= iopl) {
			writable |= Flags.IF;
		}
		cpu.setFlags(writable & mask(size), value);
	}

	/** lss/lfs/lgs: a far pointer in memory into a segment register and a general register. */
	void loadFarPointer(Instruction insn, int segment) {
		int size = insn.size(0);
		long address = operands.effectiveAddress(insn);
		long offset = operands.readMemory(insn.memorySegment(), address, size);
		int selector = (int) operands.readMemory(insn.memorySegment(), (address + size) & mask(insn.addressSize()), 2);
		segments.loadData(segment, selector);
		operands.write(insn, 0, offset);
	}

	/** The segment register lss, lfs or lgs loads. */
	static int segmentOf(String mnemonic) {
		return SegmentRegister.valueOf(mnemonic.substring(1).toUpperCase()).ordinal();
	}
}
