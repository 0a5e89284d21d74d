package dev.gasket.x86.exec;

import dev.gasket.x86.cpu.ControlRegister;
import dev.gasket.x86.cpu.CpuFault;
import dev.gasket.x86.cpu.CpuMode;
import dev.gasket.x86.cpu.CpuModel;
import dev.gasket.x86.cpu.CpuState;
import dev.gasket.x86.cpu.CpuidTable;
import dev.gasket.x86.cpu.ExceptionVector;
import dev.gasket.x86.cpu.Msr;
import dev.gasket.x86.cpu.SegmentRegister;
import dev.gasket.x86.mem.Mmu;

/**
 * Writes to CR0/CR3/CR4/EFER with the consistency rules of SDM Vol. 3, 2.5 and 10.8.5 (IA-32e activation),
 * the model's restrictions (X86S), and the MSRs boot code touches. Every change is passed on to the MMU.
 */
final class SystemRegisters {

	static final long CR0_PE = ControlRegister.CR0.mask("PE");
	static final long CR0_ET = ControlRegister.CR0.mask("ET");
	static final long CR0_PG = ControlRegister.CR0.mask("PG");
	static final long CR0_CD = ControlRegister.CR0.mask("CD");
	static final long CR0_NW = ControlRegister.CR0.mask("NW");
	static final long CR4_PAE = ControlRegister.CR4.mask("PAE");
	static final long CR4_LA57 = ControlRegister.CR4.mask("LA57");
	static final long EFER_LME = ControlRegister.EFER.mask("LME");
	static final long EFER_LMA = ControlRegister.EFER.mask("LMA");
	private static final long CR4_KNOWN = ControlRegister.CR4.bits().stream().mapToLong(bit -> bit.mask()).reduce(0, (a, b) -> a | b);
	private static final long EFER_WRITABLE = ControlRegister.EFER.mask("SCE") | EFER_LME | ControlRegister.EFER.mask("NXE");

	private final CpuState cpu;
	private final Mmu mmu;
	private final CpuModel model;
	private final Segments segments;
	private final CpuidTable cpuid;
	private long miscEnable = 1;
	private long pat = 0x0007040600070406L;
	private final long[] syscallMsrs = new long[4];
	private long tscAux;

	SystemRegisters(CpuState cpu, Mmu mmu, CpuModel model, Segments segments, CpuidTable cpuid) {
		this.cpuid = cpuid;
		this.cpu = cpu;
		this.mmu = mmu;
		this.model = model;
		this.segments = segments;
	}

	Segments segments() {
		return segments;
	}

	long readControlRegister(int number) {
		return switch (number) {
			case 0 -> cpu.cr0();
			case 2 -> cpu.cr2();
			case 3 -> cpu.cr3();
			case 4 -> cpu.cr4();
			default -> cpu.cr8();
		};
	}

	void writeControlRegister(int number, long value) {
		switch (number) {
			case 0 -> writeCr0(value);
			case 2 -> cpu.setCr2(value);
			case 3 -> {
				cpu.setCr3(cpu.mode() == CpuMode.LONG_64 ? value : value & 0xffffffffL);
				syncMmu();
			}
			case 4 -> writeCr4(value);
			default -> cpu.setCr8(value & 0xf);
		}
	}

	void writeCr0(long value) {
		boolean longMode = isLongModeActive();
		if ((value >>> 32) != 0) {
			throw gp("reserved CR0 bits 63:32 set");
		}
		if ((value & CR0_PG) != 0 && (value & CR0_PE) == 0) {
			throw gp("CR0.PG set without CR0.PE");
		}
		if ((value & CR0_NW) != 0 && (value & CR0_CD) == 0) {
			throw gp("CR0.NW set without CR0.CD");
		}
		boolean pagingWasOn = (cpu.cr0() & CR0_PG) != 0;
		boolean pagingOn = (value & CR0_PG) != 0;
		if (!model.allowsLegacyModes() && (!pagingOn || (value & CR0_PE) == 0)) {
			throw gp("X86S cannot turn off paging or protected mode");
		}
		if (pagingWasOn && !pagingOn && longMode && cpu.mode() == CpuMode.LONG_64) {
			throw gp("paging can only be turned off in compatibility mode, not in 64-bit mode");
		}
		long efer = cpu.efer();
		if (!pagingWasOn && pagingOn && (efer & EFER_LME) != 0) {
			if ((cpu.cr4() & CR4_PAE) == 0) {
				throw gp("entering IA-32e mode (EFER.LME + CR0.PG) requires CR4.PAE");
			}
			if (cpu.segment(SegmentRegister.CS).isLong()) {
				throw gp("entering IA-32e mode with CS.L set");
			}
			efer |= EFER_LMA;
		} else if (pagingWasOn && !pagingOn) {
			efer &= ~EFER_LMA;
		}
		cpu.setCr0(value | CR0_ET);
		cpu.setEfer(efer);
		syncMmu();
	}

	private void writeCr4(long value) {
		if ((value & ~CR4_KNOWN) != 0) {
			throw gp(String.format("reserved CR4 bits 0x%x set", value & ~CR4_KNOWN));
		}
		if ((value & CR4_LA57) != 0 && !cpuid.la57()) {
			throw gp("CR4.LA57 set, but this CPU's CPUID does not report 5-level paging");
		}
		if (isLongModeActive() && (value & CR4_PAE) == 0) {
			throw gp("CR4.PAE cannot be cleared while IA-32e mode is active");
		}
		if (!model.allowsLegacyModes() && (value & CR4_PAE) == 0) {
			throw gp("X86S cannot turn off CR4.PAE");
		}
		if (isLongModeActive() && ((value ^ cpu.cr4()) & CR4_LA57) != 0) {
			throw gp("CR4.LA57 cannot change while IA-32e mode is active");
		}
		cpu.setCr4(value);
		syncMmu();
	}

	boolean isLongModeActive() {
		return (cpu.efer() & EFER_LMA) != 0;
	}

	long readMsr(long number) {
		return switch ((int) number) {
			case Msr.EFER -> cpu.efer();
			case Msr.FS_BASE -> cpu.segment(SegmentRegister.FS).base();
			case Msr.GS_BASE -> cpu.segment(SegmentRegister.GS).base();
			case Msr.KERNEL_GS_BASE -> cpu.kernelGsBase();
			case Msr.MISC_ENABLE -> miscEnable;
			case Msr.APIC_BASE -> 0xfee00000L | 1 << 11 | 1 << 8;
			case Msr.PAT -> pat;
			case Msr.STAR, Msr.LSTAR, Msr.CSTAR, Msr.FMASK -> syscallMsrs[(int) number - Msr.STAR];
			case Msr.TSC_AUX -> tscAux;
			default -> throw gp(String.format("rdmsr of MSR 0x%x, which the emulator does not implement", number));
		};
	}

	void writeMsr(long number, long value) {
		switch ((int) number) {
			case Msr.EFER -> writeEfer(value);
			case Msr.FS_BASE -> cpu.segment(SegmentRegister.FS).setBase(canonical(value));
			case Msr.GS_BASE -> cpu.segment(SegmentRegister.GS).setBase(canonical(value));
			case Msr.KERNEL_GS_BASE -> cpu.setKernelGsBase(canonical(value));
			case Msr.MISC_ENABLE -> miscEnable = value;
			case Msr.APIC_BASE -> {
				// Accepted and ignored: there is no local APIC to move.
			}
			case Msr.PAT -> pat = value;
			case Msr.STAR, Msr.LSTAR, Msr.CSTAR, Msr.FMASK -> syscallMsrs[(int) number - Msr.STAR] = value;
			case Msr.TSC_AUX -> tscAux = value & 0xffffffffL;
			default -> throw gp(String.format("wrmsr to MSR 0x%x, which the emulator does not implement", number));
		}
	}

	private void writeEfer(long value) {
		if ((value & ~(EFER_WRITABLE | EFER_LMA)) != 0) {
			throw gp(String.format("reserved EFER bits 0x%x set", value & ~(EFER_WRITABLE | EFER_LMA)));
		}
		if ((cpu.cr0() & CR0_PG) != 0 && ((value ^ cpu.efer()) & EFER_LME) != 0) {
			throw gp("EFER.LME cannot change while paging is enabled");
		}
		// LMA is read-only: the processor sets it when paging is enabled with LME.
		cpu.setEfer((value & EFER_WRITABLE) | (cpu.efer() & EFER_LMA));
		syncMmu();
	}

	private static long canonical(long value) {
		if ((value << 7) >> 7 != value) {
			throw gp(String.format("non-canonical base 0x%x", value));
		}
		return value;
	}

	void syncMmu() {
		mmu.setControl(cpu.cr0(), cpu.cr3(), cpu.cr4(), cpu.efer());
	}

	private static CpuFault gp(String detail) {
		return CpuFault.withErrorCode(ExceptionVector.GP, 0, detail);
	}
}
