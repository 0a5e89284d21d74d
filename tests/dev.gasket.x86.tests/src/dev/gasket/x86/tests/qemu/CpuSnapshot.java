package dev.gasket.x86.tests.qemu;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.gasket.x86.cpu.CpuMode;

/**
 * The architectural state compared in lockstep, taken from QEMU between two instructions.
 *
 * @param rip              QEMU reports the instruction pointer without the CS base; outside 64-bit code only
 *                         EIP (in real mode IP), so the linear address is {@link #linearInstructionPointer()}
 * @param generalRegisters rax..r15 by name
 * @param selectors        cs, ss, ds, es, fs, gs by name
 * @param hidden           descriptor caches and other monitor-only state
 * @param mode             decided by {@link CpuMode#of} from CR0, EFER and the CS cache's L and D bits
 */
public record CpuSnapshot(long rip, long rflags, Map<String, Long> generalRegisters, Map<String, Integer> selectors,
		long cr0, long cr3, long cr4, long efer, MonitorRegisters hidden, CpuMode mode) {

	public static final List<String> GENERAL_REGISTERS = List.of("rax", "rbx", "rcx", "rdx", "rsi", "rdi", "rbp",
			"rsp", "r8", "r9", "r10", "r11", "r12", "r13", "r14", "r15");
	/** rax..rsp, the registers that exist outside 64-bit mode. */
	private static final int LEGACY_REGISTER_COUNT = 8;
	public static final List<String> SEGMENT_REGISTERS = List.of("cs", "ss", "ds", "es", "fs", "gs");

	/** Builds a snapshot from a {@code g} read and the {@code info registers} output of the same stop. */
	public static CpuSnapshot of(RegisterValues registers, MonitorRegisters hidden) {
		Map<String, Long> general = new LinkedHashMap<>();
		GENERAL_REGISTERS.forEach(name -> general.put(name, registers.get(name)));
		Map<String, Integer> selectors = new LinkedHashMap<>();
		SEGMENT_REGISTERS.forEach(name -> selectors.put(name, (int) registers.get(name)));
		long cr0 = registers.get("cr0");
		long efer = registers.get("efer");
		SegmentCache cs = hidden.segment("CS");
		return new CpuSnapshot(registers.get("rip"), registers.get("eflags"), general, selectors, cr0,
				registers.get("cr3"), registers.get("cr4"), efer, hidden,
				CpuMode.of(cr0, efer, cs.longMode(), cs.defaultBig()));
	}

	/** CS base plus RIP: the address the next instruction is fetched from (before paging). */
	public long linearInstructionPointer() {
		return mode == CpuMode.LONG_64 ? rip : (hidden.segment("CS").base() + rip) & 0xffff_ffffL;
	}

	/**
	 * What QEMU 7.2's gdbstub shows of full 64-bit general registers: outside 64-bit code it reports rax..rsp
	 * truncated to 32 bits and r8..r15 as 0, so a lockstep comparison passes the other side's values through
	 * this first.
	 */
	public static Map<String, Long> asQemuReports(Map<String, Long> generalRegisters, CpuMode mode) {
		Map<String, Long> reported = new LinkedHashMap<>();
		for (int i = 0; i < GENERAL_REGISTERS.size(); i++) {
			String name = GENERAL_REGISTERS.get(i);
			long value = generalRegisters.get(name);
			reported.put(name, mode == CpuMode.LONG_64 ? value : i < LEGACY_REGISTER_COUNT ? value & 0xffff_ffffL : 0);
		}
		return reported;
	}

	public long register(String name) {
		Long value = generalRegisters.get(name);
		if (value == null) {
			throw new IllegalArgumentException("no general register " + name + "; known: " + GENERAL_REGISTERS);
		}
		return value;
	}

	@Override
	public String toString() {
		StringBuilder registers = new StringBuilder();
		generalRegisters.forEach((name, value) -> registers.append(' ').append(name).append('=')
				.append(Long.toHexString(value)));
		return String.format("%s cs:rip=%04x:%x rflags=%x cr0=%x cr3=%x cr4=%x efer=%x%s", mode.label(),
				selectors.get("cs"), rip, rflags, cr0, cr3, cr4, efer, registers);
	}
}
