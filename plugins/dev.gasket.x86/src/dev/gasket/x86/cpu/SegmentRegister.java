package dev.gasket.x86.cpu;

/** The segment registers in their encoding order (the ModRM reg field of {@code mov Sreg}). */
public enum SegmentRegister {
	ES, CS, SS, DS, FS, GS;

	private static final SegmentRegister[] BY_NUMBER = values();

	public static SegmentRegister of(int number) {
		return BY_NUMBER[number];
	}

	/** The AT&T name, e.g. {@code %cs}. */
	public String attName() {
		return "%" + name().toLowerCase();
	}
}
