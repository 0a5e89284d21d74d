package dev.gasket.x86.machine;

import dev.gasket.x86.cpu.CpuModel;
import dev.gasket.x86.cpu.CpuState;
import dev.gasket.x86.cpu.Segment;
import dev.gasket.x86.cpu.SegmentRegister;
import dev.gasket.x86.mem.PhysicalMemory;

/** Initial CPU states: the architectural reset, and a ready-made flat 64-bit environment for loaders and tests. */
public final class MachineSetup {

	/** Selectors of the GDT {@link #longModeIdentity} writes. */
	public static final int CODE64_SELECTOR = 0x08, DATA_SELECTOR = 0x10, CODE32_SELECTOR = 0x18;

	private static final int CODE_ATTRIBUTES = Segment.P | Segment.S | Segment.TYPE_CODE | Segment.TYPE_WRITABLE_OR_READABLE | Segment.TYPE_ACCESSED;
	private static final int DATA_ATTRIBUTES = Segment.P | Segment.S | Segment.TYPE_WRITABLE_OR_READABLE | Segment.TYPE_ACCESSED;
	private static final long CR0_RESET = 0x60000010L;
	private static final long PAGE_FLAGS = 0x3;
	private static final long LARGE_PAGE = 0x80;
	private static final int TABLE_BYTES = 6 * PhysicalMemory.PAGE_SIZE;

	private MachineSetup() {
	}

	/**
	 * The power-on state (SDM Vol. 3, 10.1.1): real mode at F000:FFF0 with CS.base 0xFFFF0000. An X86S CPU
	 * instead starts in 64-bit mode with paging on; its loader must provide page tables (see {@link #longModeIdentity}).
	 */
	public static void reset(Machine machine) {
		CpuState cpu = machine.cpu();
		for (int i = 0; i < 16; i++) {
			cpu.setGpr(i, 0);
		}
		cpu.setRflags(0);
		cpu.setCpl(0);
		cpu.gdtr().load(0, 0xffff);
		cpu.idtr().load(0, 0xffff);
		cpu.ldtr().load(0, 0, 0xffff, 0x82);
		cpu.tr().load(0, 0, 0xffff, 0x8b);
		for (SegmentRegister register : SegmentRegister.values()) {
			cpu.segment(register).load(0, 0, 0xffff, DATA_ATTRIBUTES);
		}
		cpu.setCr2(0);
		cpu.setCr3(0);
		cpu.setCr4(0);
		cpu.setEfer(0);
		if (machine.model() == CpuModel.X86S) {
			cpu.setCr0(CR0_RESET | 1 | 1L << 31);
			cpu.setCr4(1 << 5);
			cpu.setEfer(1 << 8 | 1 << 10);
			cpu.segment(SegmentRegister.CS).load(CODE64_SELECTOR, 0, 0xffffffffL, CODE_ATTRIBUTES | Segment.L | Segment.G);
			cpu.setRip(0xfff0);
		} else {
			cpu.setCr0(CR0_RESET);
			cpu.segment(SegmentRegister.CS).load(0xf000, 0xffff0000L, 0xffff, CODE_ATTRIBUTES);
			cpu.setRip(0xfff0);
			// EDX holds the processor signature after reset, the value cpuid leaf 1 returns in EAX.
			cpu.setGpr(CpuState.RDX, machine.cpuid().query(1, 0)[0] & 0xffffffffL);
		}
		machine.controlRegistersChanged();
	}

	/**
	 * 64-bit mode at CPL 0 with flat segments and the first 4 GiB identity-mapped with 2 MiB pages through 4-level
	 * paging. Page tables and a GDT (null, 64-bit code 0x08, data 0x10, 32-bit code 0x18) take 28 KiB at {@code tables}.
	 */
	public static void longModeIdentity(Machine machine, long tables) {
		longModeIdentity(machine, tables, 4);
	}

	/** As {@link #longModeIdentity(Machine, long)}, with 4 or 5 paging levels (5: a PML5 in one more page, CR4.LA57). */
	public static void longModeIdentity(Machine machine, long tables, int levels) {
		if (levels != 4 && levels != 5) {
			throw new IllegalArgumentException("paging levels must be 4 or 5, not " + levels);
		}
		if ((tables & 0xfff) != 0) {
			throw new IllegalArgumentException("page tables must be 4 KiB aligned: 0x" + Long.toHexString(tables));
		}
		PhysicalMemory memory = machine.memory();
		memory.zero(tables, TABLE_BYTES + 2L * PhysicalMemory.PAGE_SIZE);
		long pml4 = tables;
		long pdpt = tables + PhysicalMemory.PAGE_SIZE;
		memory.writeQword(pml4, pdpt | PAGE_FLAGS);
		for (int gib = 0; gib < 4; gib++) {
			long directory = tables + (2L + gib) * PhysicalMemory.PAGE_SIZE;
			memory.writeQword(pdpt + 8L * gib, directory | PAGE_FLAGS);
			for (int entry = 0; entry < 512; entry++) {
				long physical = ((long) gib << 30) + ((long) entry << 21);
				memory.writeQword(directory + 8L * entry, physical | PAGE_FLAGS | LARGE_PAGE);
			}
		}
		long gdt = tables + TABLE_BYTES;
		memory.writeQword(gdt + CODE64_SELECTOR, 0x00af9b000000ffffL);
		memory.writeQword(gdt + DATA_SELECTOR, 0x00cf93000000ffffL);
		memory.writeQword(gdt + CODE32_SELECTOR, 0x00cf9b000000ffffL);
		CpuState cpu = machine.cpu();
		cpu.gdtr().load(gdt, 4 * 8 - 1);
		if (levels == 5) {
			long pml5 = gdt + PhysicalMemory.PAGE_SIZE;
			memory.writeQword(pml5, pml4 | PAGE_FLAGS);
			cpu.setCr3(pml5);
			cpu.setCr4(1 << 5 | 1 << 12);
		} else {
			cpu.setCr3(pml4);
			cpu.setCr4(1 << 5);
		}
		cpu.setEfer(1 << 8 | 1 << 10);
		cpu.setCr0(0x80000011L);
		cpu.setCpl(0);
		cpu.segment(SegmentRegister.CS).load(CODE64_SELECTOR, 0, 0xffffffffL, CODE_ATTRIBUTES | Segment.L | Segment.G);
		for (SegmentRegister register : new SegmentRegister[] { SegmentRegister.DS, SegmentRegister.ES, SegmentRegister.SS, SegmentRegister.FS, SegmentRegister.GS }) {
			cpu.segment(register).load(DATA_SELECTOR, 0, 0xffffffffL, DATA_ATTRIBUTES | Segment.DB | Segment.G);
		}
		cpu.setRflags(0);
		machine.controlRegistersChanged();
	}
}
