package dev.gasket.x86.tests.lockstep;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.gasket.x86.cpu.CpuMode;
import dev.gasket.x86.cpu.CpuState;
import dev.gasket.x86.cpu.Segment;
import dev.gasket.x86.cpu.SegmentRegister;
import dev.gasket.x86.tests.qemu.CpuSnapshot;
import dev.gasket.x86.tests.qemu.MonitorRegisters;
import dev.gasket.x86.tests.qemu.SegmentCache;

/**
 * The state both sides of a lockstep run report, as named fields in the same units: RIP without the CS base,
 * materialised RFLAGS, the general registers as QEMU's gdbstub shows them in the current mode, selectors and
 * descriptor caches, control registers, EFER, CPL, GDTR and IDTR, and the CPU mode.
 */
record ComparedState(CpuMode mode, Map<String, Long> fields) {

	static final String RFLAGS = "rflags";
	/** Emulator register numbers in {@link CpuSnapshot#GENERAL_REGISTERS} order (rax, rbx, rcx, rdx, ...). */
	private static final int[] EMULATOR_REGISTER_NUMBERS = { CpuState.RAX, CpuState.RBX, CpuState.RCX,
			CpuState.RDX, CpuState.RSI, CpuState.RDI, CpuState.RBP, CpuState.RSP, 8, 9, 10, 11, 12, 13, 14, 15 };

	ComparedState {
		fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
	}

	static ComparedState ofQemu(CpuSnapshot snapshot) {
		Map<String, Long> fields = new LinkedHashMap<>();
		fields.put("rip", snapshot.rip());
		fields.put(RFLAGS, snapshot.rflags());
		fields.putAll(snapshot.generalRegisters());
		MonitorRegisters hidden = snapshot.hidden();
		for (String name : CpuSnapshot.SEGMENT_REGISTERS) {
			SegmentCache cache = hidden.segment(name.toUpperCase());
			putSegment(fields, name, snapshot.selectors().get(name), cache.base(), cache.limit(),
					SegmentAttributes.fromQemuFlags(cache.flags()));
		}
		putSystem(fields, snapshot.cr0(), snapshot.cr3(), snapshot.cr4(), snapshot.efer(),
				hidden.currentPrivilegeLevel());
		putTables(fields, hidden.gdtBase(), hidden.gdtLimit(), hidden.idtBase(), hidden.idtLimit());
		return new ComparedState(snapshot.mode(), fields);
	}

	static ComparedState ofEmulator(CpuState cpu) {
		return ofEmulator(cpu, cpu.rflags());
	}

	/**
	 * The emulator's state without reading RFLAGS, which would work out the status flags the last arithmetic
	 * instruction left pending; the field reads 0.
	 */
	static ComparedState ofEmulatorLeavingFlagsPending(CpuState cpu) {
		return ofEmulator(cpu, 0);
	}

	private static ComparedState ofEmulator(CpuState cpu, long rflags) {
		Map<String, Long> fields = new LinkedHashMap<>();
		fields.put("rip", cpu.rip());
		fields.put(RFLAGS, rflags);
		Map<String, Long> registers = new LinkedHashMap<>();
		for (int i = 0; i < EMULATOR_REGISTER_NUMBERS.length; i++) {
			registers.put(CpuSnapshot.GENERAL_REGISTERS.get(i), cpu.gpr(EMULATOR_REGISTER_NUMBERS[i]));
		}
		fields.putAll(CpuSnapshot.asQemuReports(registers, cpu.mode()));
		for (String name : CpuSnapshot.SEGMENT_REGISTERS) {
			Segment segment = cpu.segment(SegmentRegister.valueOf(name.toUpperCase()));
			putSegment(fields, name, segment.selector(), segment.base(), segment.limit(), segment.attributes());
		}
		putSystem(fields, cpu.cr0(), cpu.cr3(), cpu.cr4(), cpu.efer(), cpu.cpl());
		putTables(fields, cpu.gdtr().base(), cpu.gdtr().limit(), cpu.idtr().base(), cpu.idtr().limit());
		return new ComparedState(cpu.mode(), fields);
	}

	/** Names of the fields whose values differ, {@code "mode"} first if the modes do. */
	List<String> differences(ComparedState other) {
		List<String> names = new ArrayList<>();
		if (mode != other.mode) {
			names.add("mode");
		}
		fields.forEach((name, value) -> {
			if (!value.equals(other.fields.get(name))) {
				names.add(name);
			}
		});
		return names;
	}

	long get(String name) {
		Long value = fields.get(name);
		if (value == null) {
			throw new IllegalArgumentException("no field " + name + "; known: " + fields.keySet());
		}
		return value;
	}

	/** One field for a report, e.g. {@code "rflags=0x46"}, or the mode. */
	String describe(String name) {
		return name.equals("mode") ? "mode=" + mode.label() : name + "=0x" + Long.toHexString(get(name));
	}

	private static void putSegment(Map<String, Long> fields, String name, int selector, long base, long limit,
			int attributes) {
		fields.put(name, (long) selector);
		fields.put(name + ".base", base);
		fields.put(name + ".limit", limit);
		fields.put(name + ".attributes", (long) attributes);
	}

	private static void putSystem(Map<String, Long> fields, long cr0, long cr3, long cr4, long efer, int cpl) {
		fields.put("cr0", cr0);
		fields.put("cr3", cr3);
		fields.put("cr4", cr4);
		fields.put("efer", efer);
		fields.put("cpl", (long) cpl);
	}

	private static void putTables(Map<String, Long> fields, long gdtBase, int gdtLimit, long idtBase, int idtLimit) {
		fields.put("gdtr.base", gdtBase);
		fields.put("gdtr.limit", (long) gdtLimit);
		fields.put("idtr.base", idtBase);
		fields.put("idtr.limit", (long) idtLimit);
	}
}
