package dev.gasket.debug.model.state;

import dev.gasket.x86.cpu.ControlRegister;

/**
 * A control register's value as the Registers view shows it, e.g. {@code 0x80000011 [PG ET PE]}: the value in
 * hex followed by the names of its set bits, highest first.
 * <p>
 * Values that fit in 32 bits use 8 hex digits, others 16: CR0, CR4 and EFER are 64 bits wide in long mode, but
 * their upper halves are almost always zero, and the shorter form keeps the view readable in every mode.
 */
public final class ControlRegisterText {

	private ControlRegisterText() {
	}

	public static String describe(ControlRegister register, long value) {
		String hex = (value >>> 32) == 0 ? String.format("0x%08x", value) : String.format("0x%016x", value);
		return hex + " [" + String.join(" ", register.setBitNames(value)) + "]";
	}
}
