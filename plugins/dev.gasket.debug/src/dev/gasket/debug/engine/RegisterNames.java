package dev.gasket.debug.engine;

import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;

import dev.gasket.x86.cpu.CpuState;
import dev.gasket.x86.cpu.SegmentRegister;

/** Register values by their AT&T names ({@code rax}, {@code eax}, {@code al}, {@code cr4}, {@code cs.base}…), for expressions and {@code --set}. */
public final class RegisterNames {

	private static final String[] NAMES64 = { "rax", "rcx", "rdx", "rbx", "rsp", "rbp", "rsi", "rdi" };
	private static final String[] NAMES32 = { "eax", "ecx", "edx", "ebx", "esp", "ebp", "esi", "edi" };
	private static final String[] NAMES16 = { "ax", "cx", "dx", "bx", "sp", "bp", "si", "di" };
	private static final String[] NAMES8 = { "al", "cl", "dl", "bl", "spl", "bpl", "sil", "dil" };
	private static final Map<String, Integer> HIGH_BYTES = Map.of("ah", 0, "ch", 1, "dh", 2, "bh", 3);

	private RegisterNames() {
	}

	/** The value of register {@code name} (with or without {@code %}), or empty for an unknown name. */
	public static OptionalLong read(CpuState cpu, String name) {
		String register = normalize(name);
		int[] gpr = gpr(register);
		if (gpr != null) {
			return OptionalLong.of(cpu.reg(gpr[0], gpr[1]));
		}
		return switch (register) {
			case "rip" -> OptionalLong.of(cpu.rip());
			case "rflags", "eflags" -> OptionalLong.of(cpu.rflags());
			case "cr0" -> OptionalLong.of(cpu.cr0());
			case "cr2" -> OptionalLong.of(cpu.cr2());
			case "cr3" -> OptionalLong.of(cpu.cr3());
			case "cr4" -> OptionalLong.of(cpu.cr4());
			case "cr8" -> OptionalLong.of(cpu.cr8());
			case "efer" -> OptionalLong.of(cpu.efer());
			case "cpl" -> OptionalLong.of(cpu.cpl());
			default -> segment(cpu, register);
		};
	}

	/** Sets a general-purpose register or RIP/RFLAGS; false for names that cannot be set this way. */
	public static boolean write(CpuState cpu, String name, long value) {
		String register = normalize(name);
		int[] gpr = gpr(register);
		if (gpr != null) {
			cpu.setReg(gpr[0], gpr[1], value);
			return true;
		}
		switch (register) {
			case "rip" -> cpu.setRip(value);
			case "rflags", "eflags" -> cpu.setRflags(value);
			default -> {
				return false;
			}
		}
		return true;
	}

	private static String normalize(String name) {
		return (name.startsWith("%") ? name.substring(1) : name).toLowerCase(Locale.ROOT);
	}

	/** {number, size} of a general-purpose register name, or null. */
	private static int[] gpr(String register) {
		for (int i = 0; i < 8; i++) {
			if (register.equals(NAMES64[i])) {
				return new int[] { i, 8 };
			}
			if (register.equals(NAMES32[i])) {
				return new int[] { i, 4 };
			}
			if (register.equals(NAMES16[i])) {
				return new int[] { i, 2 };
			}
			if (register.equals(NAMES8[i])) {
				return new int[] { i, 1 };
			}
		}
		if (HIGH_BYTES.containsKey(register)) {
			return new int[] { CpuState.HIGH_BYTE + HIGH_BYTES.get(register), 1 };
		}
		if (register.matches("r(8|9|1[0-5])[dwb]?")) {
			int number = Integer.parseInt(register.replaceAll("[^0-9]", ""));
			char suffix = register.charAt(register.length() - 1);
			int size = switch (suffix) {
				case 'd' -> 4;
				case 'w' -> 2;
				case 'b' -> 1;
				default -> 8;
			};
			return new int[] { number, size };
		}
		return null;
	}

	private static OptionalLong segment(CpuState cpu, String register) {
		String[] parts = register.split("\\.");
		for (SegmentRegister segment : SegmentRegister.values()) {
			if (parts[0].equals(segment.name().toLowerCase(Locale.ROOT))) {
				var cache = cpu.segment(segment);
				if (parts.length == 1) {
					return OptionalLong.of(cache.selector());
				}
				return switch (parts[1]) {
					case "base" -> OptionalLong.of(cache.base());
					case "limit" -> OptionalLong.of(cache.limit());
					default -> OptionalLong.empty();
				};
			}
		}
		return OptionalLong.empty();
	}
}
