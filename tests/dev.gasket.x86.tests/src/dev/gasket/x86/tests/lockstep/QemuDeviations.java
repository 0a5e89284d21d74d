package dev.gasket.x86.tests.lockstep;

import dev.gasket.x86.cpu.Segment;
import dev.gasket.x86.tests.qemu.FlatImage;

/**
 * Where QEMU 7.2 departs from the SDM and the emulator follows the SDM; the lockstep comparison accepts
 * exactly these differences and nothing near them.
 */
final class QemuDeviations {

	private static final String GDT = "gdt";
	private static final String GDT_END = "gdt_end";
	private static final int DESCRIPTOR_BYTES = 8;
	/** Type, S, DPL and P: the byte whose bit 0 is the accessed bit. */
	private static final int ACCESS_BYTE_OFFSET = 5;

	private QemuDeviations() {
	}

	/**
	 * Whether the emulator's {@code emulator} and QEMU's {@code qemu} value of {@code field} differ only by a
	 * known QEMU deviation:
	 * <ul>
	 * <li>{@code cs.attributes}: a CS load by a far jump, call, return or {@code iret} sets the descriptor's
	 * accessed bit (SDM Vol. 3, 3.4.5.1: whenever the processor loads the selector into a segment register).
	 * QEMU's TCG sets it only for loads through {@code mov}/{@code pop} to data segment registers, so its CS
	 * cache keeps a clear accessed bit where the emulator's has it set.</li>
	 * </ul>
	 * The same CS loads leave the accessed bit clear in QEMU's GDT, see {@link #explainsMemory}.
	 */
	static boolean explains(String field, long qemu, long emulator) {
		return field.equals("cs.attributes") && (qemu & Segment.TYPE_ACCESSED) == 0
				&& (qemu | Segment.TYPE_ACCESSED) == emulator;
	}

	/**
	 * Whether a memory byte differs only by the accessed bit of a descriptor in the program's GDT (between its
	 * symbols {@code gdt} and {@code gdt_end}) that the emulator set and QEMU did not, for the reason given at
	 * {@link #explains}.
	 */
	static boolean explainsMemory(long address, int qemu, int emulator, FlatImage program) {
		Long gdt = program.symbols().get(GDT);
		Long gdtEnd = program.symbols().get(GDT_END);
		boolean accessByte = gdt != null && gdtEnd != null && address >= gdt && address < gdtEnd
				&& (address - gdt) % DESCRIPTOR_BYTES == ACCESS_BYTE_OFFSET;
		return accessByte && (qemu & Segment.TYPE_ACCESSED) == 0 && (qemu | Segment.TYPE_ACCESSED) == emulator;
	}
}
