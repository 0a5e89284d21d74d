package dev.gasket.debug.model.state;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.Function;

import dev.gasket.x86.cpu.ControlRegister;
import dev.gasket.x86.cpu.CpuState;
import dev.gasket.x86.cpu.DescriptorTableRegister;
import dev.gasket.x86.cpu.SegmentDescriptor;

/** The tables the CPU finds through GDTR and IDTR, and where their entries lie. */
enum DescriptorTable {
	GDT("gdtr", CpuState::gdtr),
	IDT("idtr", CpuState::idtr);

	private static final long CR0_PE = ControlRegister.CR0.mask("PE");
	private static final long EFER_LMA = ControlRegister.EFER.mask("LMA");
	private static final int LDT = 0x2, AVAILABLE_TSS = 0x9, BUSY_TSS = 0xb, CALL_GATE = 0xc;

	private final String registerName;
	private final Function<CpuState, DescriptorTableRegister> register;

	DescriptorTable(String registerName, Function<CpuState, DescriptorTableRegister> register) {
		this.registerName = registerName;
		this.register = register;
	}

	String registerName() {
		return registerName;
	}

	DescriptorTableRegister register(CpuState cpu) {
		return register.apply(cpu);
	}

	static boolean ia32e(CpuState cpu) {
		return (cpu.efer() & EFER_LMA) != 0;
	}

	/** GDT slots are 8 bytes; IDT entries 4 in real mode (the interrupt vector table), 8 in protected mode, 16 in IA-32e mode. */
	int slotSize(CpuState cpu) {
		if (this == GDT) {
			return 8;
		}
		if ((cpu.cr0() & CR0_PE) == 0) {
			return 4;
		}
		return ia32e(cpu) ? 16 : 8;
	}

	/** How many slots the limit covers. */
	int slots(CpuState cpu) {
		return (register(cpu).limit() + 1) / slotSize(cpu);
	}

	/** Offsets of the first {@code max} entries within the limit; in IA-32e mode LDT, TSS and call gate descriptors take two GDT slots. */
	List<Integer> entryOffsets(MachineSample sample, int max) {
		CpuState cpu = sample.cpu();
		int limit = register(cpu).limit();
		List<Integer> offsets = new ArrayList<>();
		int offset = 0;
		while (offset + slotSize(cpu) - 1 <= limit && offsets.size() < max) {
			offsets.add(offset);
			offset += entrySize(sample, offset);
		}
		return offsets;
	}

	/** The bytes of the entry at {@code offset}: the slot size, or 16 for an IA-32e system descriptor of the GDT. */
	int entrySize(MachineSample sample, int offset) {
		CpuState cpu = sample.cpu();
		if (this == IDT || !ia32e(cpu)) {
			return slotSize(cpu);
		}
		OptionalLong descriptor = sample.readValue(register(cpu).base() + offset, 8);
		if (descriptor.isEmpty()) {
			return 8;
		}
		SegmentDescriptor decoded = SegmentDescriptor.of(descriptor.getAsLong());
		int type = decoded.type();
		boolean wide = decoded.isSystem() && (type == LDT || type == AVAILABLE_TSS || type == BUSY_TSS || type == CALL_GATE);
		return wide ? 16 : 8;
	}
}
