package dev.gasket.x86.tests.lockstep;

import java.util.Set;

import dev.gasket.x86.cpu.CpuMode;
import dev.gasket.x86.cpu.Segment;
import dev.gasket.x86.tests.qemu.FlatImage;

/**
 * Where QEMU 7.2 departs from the SDM, or picks another implementation-specific behaviour than the
 * emulator; the lockstep comparison accepts exactly these differences and nothing near them.
 */
final class QemuDeviations {

	private static final Set<String> FAR_TRANSFER_SEGMENTS = Set.of("cs", "ss");
	private static final Set<String> DATA_SEGMENTS = Set.of("ds", "es", "fs", "gs");
	private static final Set<String> CACHE_FIELDS = Set.of("base", "limit", "attributes");
	private static final int SELECTOR_INDEX_AND_TABLE = 0xfffc;
	private static final String GDT = "gdt";
	private static final String GDT_END = "gdt_end";
	private static final int DESCRIPTOR_BYTES = 8;
	/** Type, S, DPL and P: the byte whose bit 0 is the accessed bit. */
	private static final int ACCESS_BYTE_OFFSET = 5;

	private QemuDeviations() {
	}

	/**
	 * Whether the two sides' values of {@code field} differ only by a known deviation:
	 * <ul>
	 * <li>Accessed bit of CS and SS: loading a descriptor sets its accessed bit (SDM Vol. 3, 3.4.5.1). QEMU's
	 * TCG does so only for {@code mov}/{@code pop} to a segment register, not when a far jump, call, return,
	 * {@code iret} or interrupt loads CS or SS, so its cache keeps the bit clear where the emulator's is set.</li>
	 * <li>A data segment register nulled by a return to an outer privilege level (SDM Vol. 2, IRET): only the
	 * null selector is architectural, and the register is unusable. QEMU keeps base and limit and clears P in
	 * the cache; the emulator clears the whole cache. Not in real mode, where a null selector's cache is
	 * usable.</li>
	 * </ul>
	 */
	static boolean explains(String field, ComparedState qemu, ComparedState emulator) {
		int dot = field.indexOf('.');
		if (dot < 0) {
			return false;
		}
		String segment = field.substring(0, dot);
		String part = field.substring(dot + 1);
		long qemuValue = qemu.get(field);
		long emulatorValue = emulator.get(field);
		if (FAR_TRANSFER_SEGMENTS.contains(segment) && part.equals("attributes")) {
			return onlyAccessedBitSetByEmulator(qemuValue, emulatorValue);
		}
		boolean nullOnBothSides = (qemu.get(segment) & SELECTOR_INDEX_AND_TABLE) == 0
				&& (emulator.get(segment) & SELECTOR_INDEX_AND_TABLE) == 0;
		return DATA_SEGMENTS.contains(segment) && CACHE_FIELDS.contains(part) && nullOnBothSides
				&& emulator.mode() != CpuMode.REAL && (qemu.get(segment + ".attributes") & Segment.P) == 0
				&& emulatorValue == 0;
	}

	/**
	 * Whether a memory byte differs only by the accessed bit of a descriptor in the program's GDT (between its
	 * symbols {@code gdt} and {@code gdt_end}) that the emulator set and QEMU did not, for the first reason
	 * given at {@link #explains}.
	 */
	static boolean explainsMemory(long address, int qemu, int emulator, FlatImage program) {
		Long gdt = program.symbols().get(GDT);
		Long gdtEnd = program.symbols().get(GDT_END);
		boolean accessByte = gdt != null && gdtEnd != null && address >= gdt && address < gdtEnd
				&& (address - gdt) % DESCRIPTOR_BYTES == ACCESS_BYTE_OFFSET;
		return accessByte && onlyAccessedBitSetByEmulator(qemu, emulator);
	}

	private static boolean onlyAccessedBitSetByEmulator(long qemu, long emulator) {
		return (qemu & Segment.TYPE_ACCESSED) == 0 && (qemu | Segment.TYPE_ACCESSED) == emulator;
	}
}
