package dev.gasket.debug.ui.presentation;

import dev.gasket.debug.model.state.ControlRegisterText;
import dev.gasket.x86.cpu.ControlRegister;

/**
 * Formats a control register value for labels, e.g. {@code 0x80000011 [PG ET PE]}, exactly as the Registers view's
 * values read: the formatting lives with the register elements in {@link ControlRegisterText}.
 */
public final class ControlRegisterLabel {

	private ControlRegisterLabel() {
	}

	public static String describe(ControlRegister register, long value) {
		return ControlRegisterText.describe(register, value);
	}
}
