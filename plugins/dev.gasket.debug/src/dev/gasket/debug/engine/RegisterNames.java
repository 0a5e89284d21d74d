package dev.gasket.debug.engine;

import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;

import dev.gasket.x86.cpu.CpuFault;
import dev.gasket.x86.cpu.CpuMode;
import dev.gasket.x86.cpu.CpuState;
import dev.gasket.x86.cpu.Msr;
import dev.gasket.x86.cpu.SegmentRegister;
import dev.gasket.x86.exec.Interpreter;
import dev.gasket.x86.machine.Machine;

/**
 * Register values by their AT&T names ({@code rax}, {@code eax}, {@code al}, {@code rip}/{@code eip}/{@code ip},
 * {@code cr4}, {@code efer}, {@code cs}, {@code cs.base}…), for expressions, {@code --set} and register views.
 */
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
			case "eip" -> OptionalLong.of(cpu.rip() & 0xffffffffL);
			case "ip" -> OptionalLong.of(cpu.rip() & 0xffff);
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

	/**
	 * Sets a register as the debugger's user asks: general-purpose registers, RIP/EIP/IP and RFLAGS directly;
	 * CR0, CR2, CR3, CR4, CR8, EFER and the data segment registers with the checks of the instruction that would
	 * write them ({@code mov} to CRn, {@code wrmsr}, {@code mov} to Sreg); CS only in real mode.
	 *
	 * @return false for a name that is not a register that can be set
	 * @throws IllegalArgumentException where the architecture refuses the value, saying why
	 */
	public static boolean write(Machine machine, String name, long value) {
		CpuState cpu = machine.cpu();
		String register = normalize(name);
		int[] gpr = gpr(register);
		if (gpr != null) {
			cpu.setReg(gpr[0], gpr[1], value);
			return true;
		}
		try {
			return writeSpecial(machine, register, value);
		} catch (CpuFault fault) {
			throw new IllegalArgumentException(String.format("cannot set %%%s to 0x%x: %s", register, value, fault.getMessage()), fault);
		}
	}

	private static boolean writeSpecial(Machine machine, String register, long value) {
		CpuState cpu = machine.cpu();
		Interpreter interpreter = machine.interpreter();
		switch (register) {
			case "rip" -> cpu.setRip(value);
			case "eip" -> cpu.setRip(value & 0xffffffffL);
			case "ip" -> cpu.setRip(value & 0xffff);
			case "rflags", "eflags" -> cpu.setRflags(value);
			case "cr0" -> interpreter.writeControlRegister(0, value);
			case "cr2" -> interpreter.writeControlRegister(2, value);
			case "cr3" -> interpreter.writeControlRegister(3, value);
			case "cr4" -> interpreter.writeControlRegister(4, value);
			case "cr8" -> interpreter.writeControlRegister(8, value);
			case "efer" -> interpreter.writeMsr(Msr.EFER, value);
			case "cs" -> writeCs(cpu, value);
			default -> {
				return writeDataSegment(interpreter, register, value);
			}
		}
		return true;
	}

	private static void writeCs(CpuState cpu, long value) {
		if (cpu.mode() != CpuMode.REAL) {
			throw new IllegalArgumentException("%cs changes only with a far jump, call or return outside real mode (mov to %cs is #UD)");
		}
		cpu.segment(SegmentRegister.CS).loadReal((int) value);
	}

	private static boolean writeDataSegment(Interpreter interpreter, String register, long value) {
		for (SegmentRegister segment : SegmentRegister.values()) {
			if (segment != SegmentRegister.CS && register.equals(segment.name().toLowerCase(Locale.ROOT))) {
				interpreter.loadSegment(segment, (int) value);
				return true;
			}
		}
		return false;
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
