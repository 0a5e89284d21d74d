package dev.gasket.debug.engine;

import java.util.Arrays;
import java.util.Optional;

/** The CPU state a session starts the program in. */
public enum StartState {
	/** Real mode with CS:IP = entry >> 4 : entry & 0xF, as a CPU woken by a startup IPI. */
	REAL("real"),
	/** Flat 32-bit protected mode at CPL 0, paging off. */
	PROTECTED32("protected32"),
	/** 64-bit mode with the first 4 GiB identity-mapped through 4-level paging (what trampoline_start64 expects). */
	LONG4("long4"),
	/** The same with 5-level paging (CR4.LA57). */
	LONG5("long5");

	private final String option;

	StartState(String option) {
		this.option = option;
	}

	/** The name on the command line, e.g. {@code long4}. */
	public String option() {
		return option;
	}

	public static Optional<StartState> ofOption(String option) {
		return Arrays.stream(values()).filter(state -> state.option.equals(option)).findFirst();
	}
}
