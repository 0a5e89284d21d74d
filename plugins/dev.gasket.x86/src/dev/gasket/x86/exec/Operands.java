package dev.gasket.x86.exec;

import dev.gasket.x86.cpu.CpuFault;
import dev.gasket.x86.cpu.CpuMode;
import dev.gasket.x86.cpu.CpuState;
import dev.gasket.x86.cpu.ExceptionVector;
import dev.gasket.x86.cpu.Segment;
import dev.gasket.x86.cpu.SegmentRegister;
import dev.gasket.x86.decode.Instruction;
import dev.gasket.x86.mem.Access;
import dev.gasket.x86.mem.Mmu;

/**
 * Reads and writes instruction operands: registers, and memory through segmentation (limits, canonical
 * addresses) and the MMU. All sizes are in bytes; values are zero-extended {@code long}s.
 */
final class Operands {

	private static final int SS = SegmentRegister.SS.ordinal();
	private static final int FS = SegmentRegister.FS.ordinal();
	private static final int GS = SegmentRegister.GS.ordinal();

	private final CpuState cpu;
	private final Mmu mmu;
	private SystemRegisters system;
	private AccessObserver observer;

	Operands(CpuState cpu, Mmu mmu) {
		this.cpu = cpu;
		this.mmu = mmu;
	}

	void setSystemRegisters(SystemRegisters system) {
		this.system = system;
	}

	void setAccessObserver(AccessObserver observer) {
		this.observer = observer;
	}

	static long mask(int size) {
		return size >= 8 ? -1L : (1L << (size * 8)) - 1;
	}

	static long signBit(int size) {
		return 1L << (size * 8 - 1);
	}

	static long signExtend(long value, int size) {
		int shift = 64 - size * 8;
		return (value << shift) >> shift;
	}

	long read(Instruction insn, int operand) {
		int size = insn.size(operand);
		return switch (insn.kind(operand)) {
			case Instruction.REGISTER -> cpu.reg(insn.register(operand), size);
			case Instruction.MEMORY -> readMemory(insn.memorySegment(), effectiveAddress(insn), size);
			// Sign-extended: the consumer's size decides (mov $imm32 into a 64-bit register sign-extends).
			case Instruction.IMMEDIATE -> insn.value(operand);
			case Instruction.SEGMENT_REGISTER -> cpu.segment(insn.register(operand)).selector();
			case Instruction.CONTROL_REGISTER -> system.readControlRegister(insn.register(operand)) & mask(size);
			case Instruction.DEBUG_REGISTER -> cpu.dr(insn.register(operand)) & mask(size);
			default -> throw new IllegalStateException("operand " + operand + " of " + insn + " cannot be read");
		};
	}

	/** An immediate sign-extended to {@code size}, as the ALU sees {@code 83 /0 ib} or {@code 6a ib}. */
	long readSigned(Instruction insn, int operand, int size) {
		return insn.kind(operand) == Instruction.IMMEDIATE ? insn.value(operand) & mask(size) : read(insn, operand);
	}

	void write(Instruction insn, int operand, long value) {
		int size = insn.size(operand);
		switch (insn.kind(operand)) {
			case Instruction.REGISTER -> cpu.setReg(insn.register(operand), size, value);
			case Instruction.MEMORY -> writeMemory(insn.memorySegment(), effectiveAddress(insn), size, value);
			case Instruction.SEGMENT_REGISTER -> system.segments().loadData(insn.register(operand), (int) value & 0xffff);
			case Instruction.CONTROL_REGISTER -> system.writeControlRegister(insn.register(operand), value);
			case Instruction.DEBUG_REGISTER -> cpu.setDr(insn.register(operand), value);
			default -> throw new IllegalStateException("operand " + operand + " of " + insn + " cannot be written");
		}
	}

	/** The memory operand's offset within its segment, wrapped to the address size. */
	long effectiveAddress(Instruction insn) {
		long address = insn.memoryDisplacement();
		int base = insn.memoryBase();
		if (base == Instruction.RIP) {
			address += cpu.rip();
		} else if (base != Instruction.NONE) {
			address += cpu.gpr(base);
		}
		int index = insn.memoryIndex();
		if (index != Instruction.NONE) {
			address += cpu.gpr(index) << insn.memoryScale();
		}
		return address & mask(insn.addressSize());
	}

	long readMemory(int segment, long offset, int size) {
		if (size > 8) {
			long low = readMemory(segment, offset, 8);
			readMemory(segment, offset + 8, size - 8);
			return low;
		}
		long linear = linear(segment, offset, size, false);
		long value = mmu.read(linear, size, Access.READ, cpu.cpl() == 3);
		if (observer != null) {
			observer.accessed(linear, size, false);
		}
		return value;
	}

	void writeMemory(int segment, long offset, int size, long value) {
		long linear = linear(segment, offset, size, true);
		mmu.write(linear, size, value, cpu.cpl() == 3);
		if (observer != null) {
			observer.accessed(linear, size, true);
		}
	}

	/**
	 * Segmentation (SDM Vol. 3, 3.4 and 5.3): base plus offset, with limit and type checks outside 64-bit
	 * mode; in 64-bit mode only FS/GS have a base and the address must be canonical.
	 */
	long linear(int segment, long offset, int size, boolean write) {
		Segment s = cpu.segment(segment);
		if (cpu.mode() == CpuMode.LONG_64) {
			long linear = (segment == FS || segment == GS ? s.base() : 0) + offset;
			if (!isCanonical(linear) || !isCanonical(linear + size - 1)) {
				throw CpuFault.withErrorCode(segment == SS ? ExceptionVector.SS : ExceptionVector.GP, 0,
						String.format("non-canonical address 0x%x", linear));
			}
			return linear;
		}
		ExceptionVector vector = segment == SS ? ExceptionVector.SS : ExceptionVector.GP;
		if (!s.usable()) {
			throw CpuFault.withErrorCode(vector, 0, SegmentRegister.of(segment) + " holds a null selector");
		}
		if (isExpandDown(s)) {
			// Valid offsets lie above the limit, up to 64 KiB or 4 GiB by the B bit (SDM Vol. 3, 3.4.5.1).
			long upper = s.isDefaultBig() ? 0xffffffffL : 0xffff;
			if (offset <= s.limit() || offset + size - 1 > upper) {
				throw CpuFault.withErrorCode(vector, 0, String.format("offset 0x%x is outside the expand-down %s segment (limit 0x%x)",
						offset, SegmentRegister.of(segment), s.limit()));
			}
		} else if (offset + size - 1 > s.limit()) {
			throw CpuFault.withErrorCode(vector, 0, String.format("offset 0x%x is beyond the %s limit 0x%x",
					offset + size - 1, SegmentRegister.of(segment), s.limit()));
		}
		if (write && cpu.mode() != CpuMode.REAL && (s.isCode() || (s.attributes() & Segment.TYPE_WRITABLE_OR_READABLE) == 0)) {
			throw CpuFault.withErrorCode(vector, 0, "write to the read-only segment in " + SegmentRegister.of(segment));
		}
		return (s.base() + offset) & 0xffffffffL;
	}

	private boolean isExpandDown(Segment s) {
		return cpu.mode() != CpuMode.REAL && !s.isCode() && (s.attributes() & Segment.TYPE_CONFORMING_OR_EXPAND_DOWN) != 0;
	}

	/** Bits 63 down to 47 (48-bit) or 56 (LA57) equal. */
	boolean isCanonical(long linear) {
		int bits = (cpu.cr4() & (1L << 12)) != 0 ? 57 : 48;
		return (linear << (64 - bits)) >> (64 - bits) == linear;
	}

	/** 8 in 64-bit mode, else 4 or 2 from SS.B. */
	int stackAddressSize() {
		if (cpu.mode() == CpuMode.LONG_64) {
			return 8;
		}
		return cpu.segment(SS).isDefaultBig() ? 4 : 2;
	}

	void push(int size, long value) {
		int addressSize = stackAddressSize();
		long sp = (cpu.gpr(CpuState.RSP) - size) & mask(addressSize);
		writeMemory(SS, sp, size, value);
		cpu.setReg(CpuState.RSP, addressSize, sp);
	}

	long pop(int size) {
		int addressSize = stackAddressSize();
		long sp = cpu.gpr(CpuState.RSP) & mask(addressSize);
		long value = readMemory(SS, sp, size);
		cpu.setReg(CpuState.RSP, addressSize, sp + size);
		return value;
	}

	/** Reads {@code size} bytes at {@code index} slots above the stack pointer without popping (for far returns). */
	long peek(int size, int index) {
		int addressSize = stackAddressSize();
		long sp = (cpu.gpr(CpuState.RSP) + (long) size * index) & mask(addressSize);
		return readMemory(SS, sp, size);
	}

	/** A system-table access (GDT, IDT, TSS): linear address, supervisor, no segmentation. */
	long readSystem(long linear, int size) {
		return mmu.read(linear, size, Access.READ, false);
	}

	void writeSystem(long linear, int size, long value) {
		mmu.write(linear, size, value, false);
	}
}
