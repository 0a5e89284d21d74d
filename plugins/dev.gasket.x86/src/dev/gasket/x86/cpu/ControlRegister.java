package dev.gasket.x86.cpu;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The control registers whose flags decide the CPU mode and paging, with the
 * bit positions documented in the Intel SDM Vol. 3, 2.5 and 2.2.1. EFER bits
 * SVME, LMSLE, FFXSR and TCE are AMD-defined (AMD APM Vol. 2, 3.1.7).
 */
public enum ControlRegister {
	CR0(
			new RegisterBit("PE", 0),
			new RegisterBit("MP", 1),
			new RegisterBit("EM", 2),
			new RegisterBit("TS", 3),
			new RegisterBit("ET", 4),
			new RegisterBit("NE", 5),
			new RegisterBit("WP", 16),
			new RegisterBit("AM", 18),
			new RegisterBit("NW", 29),
			new RegisterBit("CD", 30),
			new RegisterBit("PG", 31)),
	CR4(
			new RegisterBit("VME", 0),
			new RegisterBit("PVI", 1),
			new RegisterBit("TSD", 2),
			new RegisterBit("DE", 3),
			new RegisterBit("PSE", 4),
			new RegisterBit("PAE", 5),
			new RegisterBit("MCE", 6),
			new RegisterBit("PGE", 7),
			new RegisterBit("PCE", 8),
			new RegisterBit("OSFXSR", 9),
			new RegisterBit("OSXMMEXCPT", 10),
			new RegisterBit("UMIP", 11),
			new RegisterBit("LA57", 12),
			new RegisterBit("VMXE", 13),
			new RegisterBit("SMXE", 14),
			new RegisterBit("FSGSBASE", 16),
			new RegisterBit("PCIDE", 17),
			new RegisterBit("OSXSAVE", 18),
			new RegisterBit("SMEP", 20),
			new RegisterBit("SMAP", 21),
			new RegisterBit("PKE", 22),
			new RegisterBit("CET", 23),
			new RegisterBit("PKS", 24)),
	EFER(
			new RegisterBit("SCE", 0),
			new RegisterBit("LME", 8),
			new RegisterBit("LMA", 10),
			new RegisterBit("NXE", 11),
			new RegisterBit("SVME", 12),
			new RegisterBit("LMSLE", 13),
			new RegisterBit("FFXSR", 14),
			new RegisterBit("TCE", 15));

	private final List<RegisterBit> bits;

	ControlRegister(RegisterBit... bits) {
		// Kept highest bit first so that listings read like the register is written.
		this.bits = Stream.of(bits)
				.sorted(Comparator.comparingInt(RegisterBit::bit).reversed())
				.toList();
	}

	/** The named bits, highest bit first. */
	public List<RegisterBit> bits() {
		return bits;
	}

	/** Names of the named bits set in {@code value}, highest bit first; unnamed set bits are ignored. */
	public List<String> setBitNames(long value) {
		return bits.stream()
				.filter(bit -> (value & bit.mask()) != 0)
				.map(RegisterBit::name)
				.toList();
	}

	/**
	 * The mask of the bit called {@code name}.
	 *
	 * @throws IllegalArgumentException if this register has no such bit
	 */
	public long mask(String name) {
		return bits.stream()
				.filter(bit -> bit.name().equals(name))
				.findFirst()
				.orElseThrow(() -> new IllegalArgumentException(this + " has no bit named " + name))
				.mask();
	}
}
