package dev.gasket.x86.exec;

import static dev.gasket.x86.cpu.SegmentDescriptor.attributes;
import static dev.gasket.x86.cpu.SegmentDescriptor.base;
import static dev.gasket.x86.cpu.SegmentDescriptor.limit;

import dev.gasket.x86.cpu.CpuFault;
import dev.gasket.x86.cpu.CpuMode;
import dev.gasket.x86.cpu.CpuModel;
import dev.gasket.x86.cpu.CpuState;
import dev.gasket.x86.cpu.ExceptionVector;
import dev.gasket.x86.cpu.Segment;
import dev.gasket.x86.cpu.SegmentRegister;

/**
 * Segment register loads: real-mode loads, and protected-mode descriptor loads from the GDT/LDT with the
 * checks of SDM Vol. 3, 5.5-5.8 that boot code can trip over (null, limit, type, privilege, present).
 */
final class Segments {

	private static final int CS = SegmentRegister.CS.ordinal();
	private static final int SS = SegmentRegister.SS.ordinal();
	private static final int TYPE_AVAILABLE_TSS_64_OR_32 = 0x9;
	private static final int TYPE_BUSY_TSS = 0xb;
	private static final int TYPE_LDT = 0x2;

	private final CpuState cpu;
	private final Operands operands;
	private final CpuModel model;

	Segments(CpuState cpu, Operands operands, CpuModel model) {
		this.cpu = cpu;
		this.operands = operands;
		this.model = model;
	}

	/** {@code mov}/{@code pop} into DS, ES, FS, GS or SS. */
	void loadData(int register, int selector) {
		Segment segment = cpu.segment(register);
		if (cpu.mode() == CpuMode.REAL) {
			segment.loadReal(selector);
			return;
		}
		if (register == CS) {
			throw CpuFault.of(ExceptionVector.UD, "CS cannot be loaded with mov or pop");
		}
		int cpl = cpu.cpl();
		if ((selector & 0xfffc) == 0) {
			if (register == SS && !(cpu.mode() == CpuMode.LONG_64 && cpl < 3 && (selector & 3) == cpl)) {
				throw CpuFault.withErrorCode(ExceptionVector.GP, 0, "null selector loaded into SS");
			}
			segment.loadNull(selector);
			return;
		}
		long descriptor = descriptor(selector);
		int attributes = attributes(descriptor);
		int dpl = (attributes >> 5) & 3;
		int rpl = selector & 3;
		boolean code = (attributes & Segment.TYPE_CODE) != 0;
		boolean readableOrWritable = (attributes & Segment.TYPE_WRITABLE_OR_READABLE) != 0;
		if ((attributes & Segment.S) == 0) {
			throw gp(selector, "selector 0x%x names a system descriptor, not a data segment");
		}
		if (register == SS) {
			if (code || !readableOrWritable || rpl != cpl || dpl != cpl) {
				throw gp(selector, "selector 0x%x is not a writable data segment at the current privilege level for SS");
			}
			if ((attributes & Segment.P) == 0) {
				throw CpuFault.withErrorCode(ExceptionVector.SS, selector & 0xfffc, "stack segment not present");
			}
		} else {
			boolean conformingCode = code && (attributes & Segment.TYPE_CONFORMING_OR_EXPAND_DOWN) != 0;
			if (code && !readableOrWritable) {
				throw gp(selector, "selector 0x%x names an execute-only code segment");
			}
			if (!conformingCode && dpl < Math.max(cpl, rpl)) {
				throw gp(selector, "selector 0x%x: descriptor privilege is below the current privilege level");
			}
			if ((attributes & Segment.P) == 0) {
				throw CpuFault.withErrorCode(ExceptionVector.NP, selector & 0xfffc, "segment not present");
			}
		}
		markAccessed(selector, descriptor);
		segment.load(selector, base(descriptor), limit(descriptor), attributes | Segment.TYPE_ACCESSED);
	}

	/** CS for a far jump, call or return to {@code selector}; the CPL becomes {@code newCpl}. */
	void loadCode(int selector, int newCpl) {
		if (cpu.mode() == CpuMode.REAL) {
			cpu.segment(CS).loadReal(selector);
			return;
		}
		if ((selector & 0xfffc) == 0) {
			throw CpuFault.withErrorCode(ExceptionVector.GP, 0, "far transfer to a null selector");
		}
		long descriptor = descriptor(selector);
		int attributes = attributes(descriptor);
		if ((attributes & Segment.S) == 0) {
			throw gp(selector, "selector 0x%x names a gate or system descriptor (call gates and task switches are not emulated)");
		}
		if ((attributes & Segment.TYPE_CODE) == 0) {
			throw gp(selector, "selector 0x%x names a data segment, not code");
		}
		if ((attributes & Segment.P) == 0) {
			throw CpuFault.withErrorCode(ExceptionVector.NP, selector & 0xfffc, "code segment not present");
		}
		boolean longMode = (cpu.efer() & (1L << 10)) != 0;
		boolean is64 = longMode && (attributes & Segment.L) != 0;
		if (!model.allowsLegacyModes() && newCpl == 0 && !is64) {
			throw gp(selector, "selector 0x%x: X86S has no 16/32-bit code segments (compatibility mode) at CPL 0");
		}
		if (!model.allowsLegacyModes() && !is64 && (attributes & Segment.DB) == 0) {
			throw gp(selector, "selector 0x%x: X86S has no 16-bit code segments");
		}
		markAccessed(selector, descriptor);
		cpu.segment(CS).load((selector & ~3) | newCpl, base(descriptor), limit(descriptor), attributes | Segment.TYPE_ACCESSED);
		cpu.setCpl(newCpl);
	}

	/** The descriptor privilege level of the code segment {@code selector} names (for privilege decisions). */
	int codeDpl(int selector) {
		if ((selector & 0xfffc) == 0) {
			throw CpuFault.withErrorCode(ExceptionVector.GP, 0, "far transfer to a null selector");
		}
		return (attributes(descriptor(selector)) >> 5) & 3;
	}

	/** {@code ss} loaded with its own selector during a privilege change, where the usual RPL=CPL check uses the new CPL. */
	void loadStack(int selector, int newCpl) {
		int saved = cpu.cpl();
		cpu.setCpl(newCpl);
		try {
			loadData(SS, selector);
		} finally {
			cpu.setCpl(saved);
		}
	}

	void loadLdt(int selector) {
		if ((selector & 0xfffc) == 0) {
			cpu.ldtr().loadNull(selector);
			return;
		}
		long descriptor = systemDescriptor(selector);
		int attributes = attributes(descriptor);
		if ((attributes & (Segment.S | 0xf)) != TYPE_LDT) {
			throw gp(selector, "selector 0x%x does not name an LDT descriptor");
		}
		cpu.ldtr().load(selector, base(descriptor) | upperBase(selector), limit(descriptor), attributes);
	}

	void loadTaskRegister(int selector) {
		long descriptor = systemDescriptor(selector);
		int attributes = attributes(descriptor);
		if ((attributes & (Segment.S | 0xf)) != TYPE_AVAILABLE_TSS_64_OR_32) {
			throw gp(selector, "selector 0x%x does not name an available TSS");
		}
		if ((attributes & Segment.P) == 0) {
			throw CpuFault.withErrorCode(ExceptionVector.NP, selector & 0xfffc, "TSS not present");
		}
		long address = cpu.gdtr().base() + (selector & 0xfff8);
		operands.writeSystem(address + 5, 1, (descriptor >>> 40 & 0xf0) | TYPE_BUSY_TSS);
		cpu.tr().load(selector, base(descriptor) | upperBase(selector), limit(descriptor), attributes | 2);
	}

	private long systemDescriptor(int selector) {
		if ((selector & 4) != 0 || (selector & 0xfffc) == 0) {
			throw gp(selector, "selector 0x%x must name a GDT entry");
		}
		return descriptor(selector);
	}

	/** Bits 63:32 of an LDT/TSS base, from the second half of the 16-byte descriptor in IA-32e mode. */
	private long upperBase(int selector) {
		if ((cpu.efer() & (1L << 10)) == 0) {
			return 0;
		}
		checkInTable(selector, 15);
		return operands.readSystem(cpu.gdtr().base() + (selector & 0xfff8) + 8, 4) << 32;
	}

	long descriptor(int selector) {
		checkInTable(selector, 7);
		return operands.readSystem(tableBase(selector) + (selector & 0xfff8), 8);
	}

	private void checkInTable(int selector, int lastByte) {
		long limit = (selector & 4) != 0 ? cpu.ldtr().limit() : cpu.gdtr().limit();
		if ((selector & 4) != 0 && !cpu.ldtr().usable()) {
			throw gp(selector, "selector 0x%x refers to the LDT, but no LDT is loaded");
		}
		if ((selector & 0xfff8) + lastByte > limit) {
			throw gp(selector, "selector 0x%x is beyond the descriptor table limit");
		}
	}

	private long tableBase(int selector) {
		return (selector & 4) != 0 ? cpu.ldtr().base() : cpu.gdtr().base();
	}

	private void markAccessed(int selector, long descriptor) {
		if ((descriptor & (1L << 40)) == 0) {
			operands.writeSystem(tableBase(selector) + (selector & 0xfff8) + 5, 1, (descriptor >>> 40) | 1);
		}
	}

	private static CpuFault gp(int selector, String format) {
		return CpuFault.withErrorCode(ExceptionVector.GP, selector & 0xfffc, String.format(format, selector));
	}
}
