package dev.gasket.x86.exec;

import dev.gasket.x86.cpu.CpuFault;
import dev.gasket.x86.cpu.CpuMode;
import dev.gasket.x86.cpu.CpuState;
import dev.gasket.x86.cpu.ExceptionVector;
import dev.gasket.x86.cpu.Flags;
import dev.gasket.x86.cpu.SegmentRegister;

/**
 * Delivers an exception or interrupt through the IVT (real mode) or the IDT (protected and IA-32e mode,
 * SDM Vol. 3, 6.12 and 6.14): gate checks, the stack switch from the TSS or an IST entry, the frame pushed.
 * Task gates are not emulated. Faults while delivering propagate to the caller, which escalates them.
 */
final class ExceptionDelivery {

	private static final int CS = SegmentRegister.CS.ordinal();
	private static final int SS = SegmentRegister.SS.ordinal();
	private static final int INTERRUPT_GATE_32 = 0xe, TRAP_GATE_32 = 0xf, INTERRUPT_GATE_16 = 0x6, TRAP_GATE_16 = 0x7;

	private final CpuState cpu;
	private final Operands operands;
	private final Segments segments;

	ExceptionDelivery(CpuState cpu, Operands operands, Segments segments) {
		this.cpu = cpu;
		this.operands = operands;
		this.segments = segments;
	}

	/**
	 * @param software  {@code int n}/{@code int3}/{@code into}: the gate's DPL must allow the CPL
	 * @param errorCode pushed when {@code hasErrorCode} and not in real mode
	 */
	void deliver(int vector, boolean hasErrorCode, int errorCode, boolean software) {
		if (cpu.mode() == CpuMode.REAL) {
			deliverReal(vector);
		} else if ((cpu.efer() & SystemRegisters.EFER_LMA) != 0) {
			deliverLong(vector, hasErrorCode, errorCode, software);
		} else {
			deliverProtected(vector, hasErrorCode, errorCode, software);
		}
	}

	private void deliverReal(int vector) {
		if (vector * 4 + 3 > cpu.idtr().limit()) {
			throw CpuFault.withErrorCode(ExceptionVector.GP, vector * 8 + 2, "interrupt vector " + vector + " is beyond the IVT limit");
		}
		long entry = operands.readSystem(cpu.idtr().base() + vector * 4L, 4);
		operands.push(2, cpu.rflags());
		operands.push(2, cpu.segment(CS).selector());
		operands.push(2, cpu.rip());
		cpu.setFlags(Flags.IF | Flags.TF | Flags.AC | Flags.RF, 0);
		segments.loadCode((int) (entry >>> 16), 0);
		cpu.setRip(entry & 0xffff);
	}

	private long gateCheck(int vector, int entrySize, boolean software) {
		// IDT bit, and EXT unless an int n/int3/into was being delivered (SDM Vol. 3, 6.13).
		int selectorError = vector * 8 + 2 + (software ? 0 : 1);
		if ((long) vector * entrySize + entrySize - 1 > cpu.idtr().limit()) {
			throw CpuFault.withErrorCode(ExceptionVector.GP, selectorError, "vector " + vector + " is beyond the IDT limit");
		}
		long gate = operands.readSystem(cpu.idtr().base() + (long) vector * entrySize, 8);
		int type = (int) (gate >>> 40) & 0x1f;
		int dpl = (int) (gate >>> 45) & 3;
		if (software && dpl < cpu.cpl()) {
			throw CpuFault.withErrorCode(ExceptionVector.GP, selectorError, "int " + vector + ": gate DPL " + dpl + " is below CPL " + cpu.cpl());
		}
		if ((gate & (1L << 47)) == 0) {
			throw CpuFault.withErrorCode(ExceptionVector.NP, selectorError, "IDT gate " + vector + " is not present");
		}
		boolean valid = entrySize == 16 ? type == INTERRUPT_GATE_32 || type == TRAP_GATE_32
				: type == INTERRUPT_GATE_32 || type == TRAP_GATE_32 || type == INTERRUPT_GATE_16 || type == TRAP_GATE_16;
		if (!valid) {
			throw CpuFault.withErrorCode(ExceptionVector.GP, selectorError,
					String.format("IDT entry %d has type 0x%x, not an interrupt or trap gate (task gates are not emulated)", vector, type));
		}
		return gate;
	}

	private void deliverProtected(int vector, boolean hasErrorCode, int errorCode, boolean software) {
		long gate = gateCheck(vector, 8, software);
		int type = (int) (gate >>> 40) & 0xf;
		int size = type == INTERRUPT_GATE_16 || type == TRAP_GATE_16 ? 2 : 4;
		int selector = (int) (gate >>> 16) & 0xffff;
		long offset = (gate & 0xffff) | (size == 4 ? ((gate >>> 48) & 0xffff) << 16 : 0);
		int dpl = segments.codeDpl(selector);
		int oldCpl = cpu.cpl();
		long flags = cpu.rflags();
		int oldCs = cpu.segment(CS).selector();
		long oldRip = cpu.rip();
		if (dpl > oldCpl) {
			throw CpuFault.withErrorCode(ExceptionVector.GP, selector & 0xfffc, "interrupt handler segment is less privileged than the CPL");
		}
		int oldSs = cpu.segment(SS).selector();
		long oldEsp = cpu.gpr(CpuState.RSP);
		if (dpl < oldCpl) {
			long tss = cpu.tr().base();
			long newEsp = operands.readSystem(tss + 4 + 8L * dpl, 4);
			int newSs = (int) operands.readSystem(tss + 8 + 8L * dpl, 2);
			segments.loadStack(newSs, dpl);
			cpu.setReg(CpuState.RSP, 4, newEsp);
		}
		// The frame is written at the handler's privilege: a ring-0 stack may be a supervisor-only page.
		segments.loadCode(selector, dpl);
		if (dpl < oldCpl) {
			operands.push(size, oldSs);
			operands.push(size, oldEsp);
		}
		operands.push(size, flags);
		operands.push(size, oldCs);
		operands.push(size, oldRip);
		if (hasErrorCode) {
			operands.push(size, errorCode);
		}
		cpu.setRip(offset);
		clearFlagsOnEntry(type);
	}

	private void deliverLong(int vector, boolean hasErrorCode, int errorCode, boolean software) {
		long gate = gateCheck(vector, 16, software);
		long upper = operands.readSystem(cpu.idtr().base() + vector * 16L + 8, 4);
		int type = (int) (gate >>> 40) & 0xf;
		int selector = (int) (gate >>> 16) & 0xffff;
		long offset = (gate & 0xffff) | ((gate >>> 48) & 0xffff) << 16 | upper << 32;
		int ist = (int) (gate >>> 32) & 7;
		int dpl = segments.codeDpl(selector);
		int oldCpl = cpu.cpl();
		if (dpl > oldCpl) {
			throw CpuFault.withErrorCode(ExceptionVector.GP, selector & 0xfffc, "interrupt handler segment is less privileged than the CPL");
		}
		long flags = cpu.rflags();
		int oldCs = cpu.segment(CS).selector();
		long oldRip = cpu.rip();
		int oldSs = cpu.segment(SS).selector();
		long oldRsp = cpu.gpr(CpuState.RSP);
		long rsp = oldRsp;
		long tss = cpu.tr().base();
		if (ist != 0) {
			rsp = operands.readSystem(tss + 0x24 + 8L * (ist - 1), 8);
		} else if (dpl < oldCpl) {
			rsp = operands.readSystem(tss + 4 + 8L * dpl, 8);
		}
		segments.loadCode(selector, dpl);
		if (cpu.mode() != CpuMode.LONG_64) {
			throw CpuFault.withErrorCode(ExceptionVector.GP, selector & 0xfffc, "IA-32e interrupt gates must lead to a 64-bit code segment");
		}
		if (!operands.isCanonical(offset)) {
			throw CpuFault.withErrorCode(ExceptionVector.GP, software ? 0 : 1,
					String.format("IDT gate %d points to the non-canonical address 0x%x", vector, offset));
		}
		if (dpl < oldCpl) {
			cpu.segment(SS).loadNull(dpl);
		}
		cpu.setGpr(CpuState.RSP, rsp & ~0xfL);
		operands.push(8, oldSs);
		operands.push(8, oldRsp);
		operands.push(8, flags);
		operands.push(8, oldCs);
		operands.push(8, oldRip);
		if (hasErrorCode) {
			operands.push(8, errorCode & 0xffffffffL);
		}
		cpu.setRip(offset);
		clearFlagsOnEntry(type);
	}

	private void clearFlagsOnEntry(int gateType) {
		long cleared = Flags.TF | Flags.NT | Flags.RF | Flags.VM;
		if (gateType == INTERRUPT_GATE_32 || gateType == INTERRUPT_GATE_16) {
			cleared |= Flags.IF;
		}
		cpu.setFlags(cleared, 0);
	}
}
