package dev.gasket.lang.instructions;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One register as AT&T syntax names it ({@code %rax}, {@code %st(3)}, {@code %k1}), with its class and width.
 *
 * @param name            lower case, with the {@code %}
 * @param onlyIn64BitMode the register cannot be named outside 64-bit code
 * @param needsRex        encoding it takes a REX (or VEX/EVEX) prefix, which rules out {@code %ah}–{@code %dh}
 *                        in the same instruction
 */
public record X86Register(String name, RegisterClass registerClass, int widthInBits, boolean onlyIn64BitMode,
		boolean needsRex) {

	public enum RegisterClass {
		GENERAL, SEGMENT, INSTRUCTION_POINTER, CONTROL, DEBUG, X87, MMX, XMM, YMM, ZMM, MASK, BOUND
	}

	private static final Map<String, X86Register> CATALOGUE = Collections.unmodifiableMap(catalogue());

	/** Case-insensitive; the leading {@code %} may be left out. {@code %st} is {@code %st(0)}. */
	public static Optional<X86Register> lookup(String name) {
		String key = name.toLowerCase(Locale.ROOT).strip();
		return Optional.ofNullable(CATALOGUE.get(key.startsWith("%") ? key : "%" + key));
	}

	public static Collection<X86Register> all() {
		return CATALOGUE.values();
	}

	/** {@code %ah}, {@code %bh}, {@code %ch}, {@code %dh}: not encodable together with a REX prefix. */
	public boolean isHighByte() {
		return registerClass == RegisterClass.GENERAL && widthInBits == 8 && name.length() == 3
				&& name.endsWith("h");
	}

	@Override
	public String toString() {
		return name;
	}

	private static Map<String, X86Register> catalogue() {
		Map<String, X86Register> registers = new LinkedHashMap<>();
		for (String letter : List.of("a", "b", "c", "d")) {
			add(registers, "r" + letter + "x", RegisterClass.GENERAL, 64, true, false);
			add(registers, "e" + letter + "x", RegisterClass.GENERAL, 32, false, false);
			add(registers, letter + "x", RegisterClass.GENERAL, 16, false, false);
			add(registers, letter + "l", RegisterClass.GENERAL, 8, false, false);
			add(registers, letter + "h", RegisterClass.GENERAL, 8, false, false);
		}
		for (String pair : List.of("si", "di", "bp", "sp")) {
			add(registers, "r" + pair, RegisterClass.GENERAL, 64, true, false);
			add(registers, "e" + pair, RegisterClass.GENERAL, 32, false, false);
			add(registers, pair, RegisterClass.GENERAL, 16, false, false);
			add(registers, pair + "l", RegisterClass.GENERAL, 8, true, true);
		}
		for (int i = 8; i <= 15; i++) {
			add(registers, "r" + i, RegisterClass.GENERAL, 64, true, true);
			add(registers, "r" + i + "d", RegisterClass.GENERAL, 32, true, true);
			add(registers, "r" + i + "w", RegisterClass.GENERAL, 16, true, true);
			add(registers, "r" + i + "b", RegisterClass.GENERAL, 8, true, true);
		}
		for (String segment : List.of("es", "cs", "ss", "ds", "fs", "gs")) {
			add(registers, segment, RegisterClass.SEGMENT, 16, false, false);
		}
		add(registers, "rip", RegisterClass.INSTRUCTION_POINTER, 64, true, false);
		add(registers, "eip", RegisterClass.INSTRUCTION_POINTER, 32, true, false);
		add(registers, "ip", RegisterClass.INSTRUCTION_POINTER, 16, false, false);
		for (int i = 0; i <= 15; i++) {
			add(registers, "cr" + i, RegisterClass.CONTROL, 64, i >= 8, i >= 8);
			add(registers, "dr" + i, RegisterClass.DEBUG, 64, i >= 8, i >= 8);
		}
		add(registers, "st", RegisterClass.X87, 80, false, false);
		for (int i = 0; i <= 7; i++) {
			add(registers, "st(" + i + ")", RegisterClass.X87, 80, false, false);
			add(registers, "mm" + i, RegisterClass.MMX, 64, false, false);
			add(registers, "k" + i, RegisterClass.MASK, 64, false, false);
		}
		for (int i = 0; i <= 31; i++) {
			add(registers, "xmm" + i, RegisterClass.XMM, 128, i >= 8, i >= 8);
			add(registers, "ymm" + i, RegisterClass.YMM, 256, i >= 8, i >= 8);
			add(registers, "zmm" + i, RegisterClass.ZMM, 512, i >= 8, i >= 8);
		}
		for (int i = 0; i <= 3; i++) {
			add(registers, "bnd" + i, RegisterClass.BOUND, 128, false, false);
		}
		return registers;
	}

	private static void add(Map<String, X86Register> registers, String name, RegisterClass registerClass,
			int width, boolean onlyIn64BitMode, boolean needsRex) {
		registers.put("%" + name, new X86Register("%" + name, registerClass, width, onlyIn64BitMode, needsRex));
	}
}
