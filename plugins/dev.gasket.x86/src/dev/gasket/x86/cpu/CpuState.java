package dev.gasket.x86.cpu;

/**
 * The architectural state of one x86-64 processor: what a register view shows and a snapshot copies.
 * It enforces no rules; the interpreter decides what a write means (mode switches, faults).
 */
public final class CpuState {

	public static final int RAX = 0, RCX = 1, RDX = 2, RBX = 3, RSP = 4, RBP = 5, RSI = 6, RDI = 7;
	/** 8-bit register numbers from here on are AH, CH, DH, BH (legacy encodings 4..7 without REX). */
	public static final int HIGH_BYTE = 16;

	private final long[] gpr = new long[16];
	private long rip;
	private long rflags = Flags.FIXED;
	private final LazyFlags lazy = new LazyFlags();
	private final Segment[] segments = new Segment[6];
	private final Segment ldtr = new Segment();
	private final Segment tr = new Segment();
	private final DescriptorTableRegister gdtr = new DescriptorTableRegister();
	private final DescriptorTableRegister idtr = new DescriptorTableRegister();
	private long cr0;
	private long cr2;
	private long cr3;
	private long cr4;
	private long cr8;
	private long efer;
	private final long[] dr = new long[8];
	private long kernelGsBase;
	private int cpl;

	public CpuState() {
		for (int i = 0; i < segments.length; i++) {
			segments[i] = new Segment();
		}
	}

	/** The live general-purpose register array (RAX..R15), for the interpreter's fast paths. */
	public long[] registers() {
		return gpr;
	}

	public long gpr(int index) {
		return gpr[index];
	}

	public void setGpr(int index, long value) {
		gpr[index] = value;
	}

	/** A register of {@code size} bytes, zero-extended; for size 1, numbers from {@link #HIGH_BYTE} are AH..BH. */
	public long reg(int number, int size) {
		if (size == 8) {
			return gpr[number];
		}
		if (size == 4) {
			return gpr[number] & 0xffffffffL;
		}
		return narrowReg(number, size);
	}

	private long narrowReg(int number, int size) {
		if (size == 2) {
			return gpr[number] & 0xffff;
		}
		return number >= HIGH_BYTE ? (gpr[number - HIGH_BYTE] >>> 8) & 0xff : gpr[number] & 0xff;
	}

	/** Writes as the hardware does: 8 and 16-bit writes keep the other bits, 32-bit writes clear bits 63:32. */
	public void setReg(int number, int size, long value) {
		if (size == 8) {
			gpr[number] = value;
		} else if (size == 4) {
			gpr[number] = value & 0xffffffffL;
		} else {
			setNarrowReg(number, size, value);
		}
	}

	private void setNarrowReg(int number, int size, long value) {
		if (size == 2) {
			gpr[number] = (gpr[number] & ~0xffffL) | (value & 0xffff);
		} else if (number >= HIGH_BYTE) {
			int index = number - HIGH_BYTE;
			gpr[index] = (gpr[index] & ~0xff00L) | ((value & 0xff) << 8);
		} else {
			gpr[number] = (gpr[number] & ~0xffL) | (value & 0xff);
		}
	}

	public long rip() {
		return rip;
	}

	public void setRip(long rip) {
		this.rip = rip;
	}

	/** RFLAGS with the status flags of the last arithmetic instruction worked out. */
	public long rflags() {
		if (lazy.kind != LazyFlags.NONE) {
			rflags = (rflags & ~Flags.STATUS) | lazy.status(rflags);
			lazy.kind = LazyFlags.NONE;
		}
		return rflags;
	}

	public void setRflags(long value) {
		lazy.kind = LazyFlags.NONE;
		rflags = value | Flags.FIXED;
	}

	/** Replaces the bits of {@code mask} by those of {@code value}. */
	public void setFlags(long mask, long value) {
		setRflags((rflags() & ~mask) | (value & mask));
	}

	/** Status flags as after {@code dst + src = result} in {@code size} bytes. */
	public void flagsAfterAdd(int size, long dst, long src, long result) {
		setLazy(LazyFlags.ADD, size, dst, src, result);
	}

	/** Status flags as after {@code dst - src = result} (sub, cmp, neg with dst 0). */
	public void flagsAfterSub(int size, long dst, long src, long result) {
		setLazy(LazyFlags.SUB, size, dst, src, result);
	}

	/** Status flags as after and/or/xor/test: CF=OF=0, AF cleared (architecturally undefined). */
	public void flagsAfterLogic(int size, long result) {
		setLazy(LazyFlags.LOGIC, size, 0, 0, result);
	}

	/** CF and OF as after a rotate, which leaves the other status flags as they were. */
	public void flagsAfterRotate(boolean carry, boolean overflow) {
		if (lazy.kind == LazyFlags.NONE) {
			rflags = (rflags & ~(Flags.CF | Flags.OF)) | (carry ? Flags.CF : 0) | (overflow ? Flags.OF : 0);
		} else {
			lazy.carryAndOverflowSet = true;
			lazy.carry = carry;
			lazy.overflow = overflow;
		}
	}

	/** Status flags as after inc/dec: CF keeps its value. */
	public void flagsAfterIncDec(boolean increment, int size, long dst, long result) {
		// Only CF survives; the other status flags come from the new lazy record when read.
		rflags = (rflags & ~Flags.CF) | (cf() ? Flags.CF : 0);
		setLazy(increment ? LazyFlags.INC : LazyFlags.DEC, size, dst, 1, result);
	}

	private void setLazy(int kind, int size, long dst, long src, long result) {
		lazy.kind = kind;
		lazy.carryAndOverflowSet = false;
		lazy.size = size;
		lazy.dst = dst;
		lazy.src = src;
		lazy.result = result;
	}

	public boolean cf() {
		return switch (lazy.kind) {
			case LazyFlags.NONE -> (rflags & Flags.CF) != 0;
			case LazyFlags.INC, LazyFlags.DEC -> lazy.carryAndOverflowSet ? lazy.carry : (rflags & Flags.CF) != 0;
			default -> lazy.cf();
		};
	}

	public boolean zf() {
		return lazy.kind == LazyFlags.NONE ? (rflags & Flags.ZF) != 0 : lazy.zf();
	}

	public boolean sf() {
		return lazy.kind == LazyFlags.NONE ? (rflags & Flags.SF) != 0 : lazy.sf();
	}

	public boolean of() {
		return lazy.kind == LazyFlags.NONE ? (rflags & Flags.OF) != 0 : lazy.of();
	}

	public boolean pf() {
		return (rflags() & Flags.PF) != 0;
	}

	public boolean df() {
		return (rflags & Flags.DF) != 0;
	}

	public boolean interruptsEnabled() {
		return (rflags & Flags.IF) != 0;
	}

	/** The condition of a Jcc/SETcc/CMOVcc with the low opcode nibble {@code cc} (SDM Vol. 1, B.1). */
	public boolean condition(int cc) {
		boolean value = switch (cc >> 1) {
			case 0 -> of();
			case 1 -> cf();
			case 2 -> zf();
			case 3 -> cf() || zf();
			case 4 -> sf();
			case 5 -> pf();
			case 6 -> sf() != of();
			default -> zf() || sf() != of();
		};
		return (cc & 1) == 0 ? value : !value;
	}

	public Segment segment(SegmentRegister register) {
		return segments[register.ordinal()];
	}

	public Segment segment(int number) {
		return segments[number];
	}

	public Segment ldtr() {
		return ldtr;
	}

	public Segment tr() {
		return tr;
	}

	public DescriptorTableRegister gdtr() {
		return gdtr;
	}

	public DescriptorTableRegister idtr() {
		return idtr;
	}

	public long cr0() {
		return cr0;
	}

	public void setCr0(long cr0) {
		this.cr0 = cr0;
	}

	public long cr2() {
		return cr2;
	}

	public void setCr2(long cr2) {
		this.cr2 = cr2;
	}

	public long cr3() {
		return cr3;
	}

	public void setCr3(long cr3) {
		this.cr3 = cr3;
	}

	public long cr4() {
		return cr4;
	}

	public void setCr4(long cr4) {
		this.cr4 = cr4;
	}

	public long cr8() {
		return cr8;
	}

	public void setCr8(long cr8) {
		this.cr8 = cr8;
	}

	public long efer() {
		return efer;
	}

	public void setEfer(long efer) {
		this.efer = efer;
	}

	public long dr(int index) {
		return dr[index];
	}

	public void setDr(int index, long value) {
		dr[index] = value;
	}

	public long kernelGsBase() {
		return kernelGsBase;
	}

	public void setKernelGsBase(long kernelGsBase) {
		this.kernelGsBase = kernelGsBase;
	}

	/** The current privilege level (0..3), set when CS is loaded. */
	public int cpl() {
		return cpl;
	}

	public void setCpl(int cpl) {
		this.cpl = cpl;
	}

	public CpuMode mode() {
		Segment cs = segments[SegmentRegister.CS.ordinal()];
		return CpuMode.of(cr0, efer, cs.isLong(), cs.isDefaultBig());
	}

	/** An independent copy, for snapshots. */
	public CpuState copy() {
		CpuState copy = new CpuState();
		copy.copyFrom(this);
		return copy;
	}

	/** Makes this state equal to {@code other} (restoring a snapshot). */
	public void copyFrom(CpuState other) {
		System.arraycopy(other.gpr, 0, gpr, 0, gpr.length);
		rip = other.rip;
		setRflags(other.rflags());
		for (int i = 0; i < segments.length; i++) {
			segments[i].copyFrom(other.segments[i]);
		}
		ldtr.copyFrom(other.ldtr);
		tr.copyFrom(other.tr);
		gdtr.copyFrom(other.gdtr);
		idtr.copyFrom(other.idtr);
		cr0 = other.cr0;
		cr2 = other.cr2;
		cr3 = other.cr3;
		cr4 = other.cr4;
		cr8 = other.cr8;
		efer = other.efer;
		System.arraycopy(other.dr, 0, dr, 0, dr.length);
		kernelGsBase = other.kernelGsBase;
		cpl = other.cpl;
	}
}
