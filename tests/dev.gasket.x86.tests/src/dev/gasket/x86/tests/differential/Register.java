package dev.gasket.x86.tests.differential;

/**
 * A general-purpose register at an operand size.
 *
 * @param number the encoding number, 0 = RAX .. 15 = R15
 * @param bits 8, 16, 32 or 64
 * @param highByte for bits 8 and numbers 0..3: %ah, %ch, %dh, %bh rather than %al..%bl
 */
record Register(int number, int bits, boolean highByte) implements Operand {

	static final int RAX = 0, RCX = 1, RDX = 2, RBX = 3, RSP = 4, RBP = 5, RSI = 6, RDI = 7;
	private static final String[] LEGACY = { "ax", "cx", "dx", "bx", "sp", "bp", "si", "di" };

	Register {
		if (number < 0 || number > 15 || (bits != 8 && bits != 16 && bits != 32 && bits != 64)
				|| (highByte && (bits != 8 || number > 3))) {
			throw new IllegalArgumentException("no register " + number + "/" + bits + (highByte ? "h" : ""));
		}
	}

	static Register of(int number, int bits) {
		return new Register(number, bits, false);
	}

	@Override
	public String text() {
		return "%" + name();
	}

	String name() {
		if (number >= 8) {
			String suffix = switch (bits) {
			case 8 -> "b";
			case 16 -> "w";
			case 32 -> "d";
			default -> "";
			};
			return "r" + number + suffix;
		}
		String legacy = LEGACY[number];
		return switch (bits) {
		case 8 -> highByte ? legacy.charAt(0) + "h" : number < 4 ? legacy.charAt(0) + "l" : legacy + "l";
		case 16 -> legacy;
		case 32 -> "e" + legacy;
		default -> "r" + legacy;
		};
	}

	/** R8..R15, and %spl, %bpl, %sil, %dil, which only exist with a REX prefix. */
	@Override
	public boolean needsRex() {
		return number >= 8 || (bits == 8 && !highByte && number >= 4);
	}

	/** The 64-bit register's name, for reports. */
	static String name64(int number) {
		return of(number, 64).name();
	}
}
