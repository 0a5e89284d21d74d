package dev.gasket.x86.tests.qemu;

import java.io.IOException;
import java.nio.file.Path;

/**
 * {@code resources/qemu/mode_switch.S}: real mode to protected, long, compatibility mode and {@code hlt}. The
 * constants name its global symbols, so tests and the lockstep comparison can look up their addresses.
 */
public final class ModeSwitchProgram {

	public static final String SOURCE = "mode_switch.S";
	/** In conventional RAM, above the real-mode IVT and BDA, with the whole image below 64 KiB. */
	public static final long LOAD_ADDRESS = 0x8000;
	public static final String REAL_MODE_ENTRY = "real_mode_entry";
	/** The instruction after {@code mov %ax, %ss}, which runs in the interrupt shadow. */
	public static final String LOAD_REAL_MODE_STACK = "load_real_mode_stack";
	public static final String PROTECTED_MODE_ENTRY = "protected_mode_entry";
	public static final String LONG_MODE_ENTRY = "long_mode_entry";
	public static final String COMPATIBILITY_MODE_ENTRY = "compatibility_mode_entry";
	public static final String HALT = "halt";
	/** A 4-byte word whose bit 0 {@code lock btsl} sets. */
	public static final String LOCK_WORD = "lock_word";
	/** Set to the absolute symbol {@code COMPAT_MARKER_VALUE} in compatibility mode. */
	public static final String COMPAT_MARKER = "compat_marker";
	public static final String COMPAT_MARKER_VALUE = "COMPAT_MARKER_VALUE";
	/** {@code rep movsb} copies {@code copy_length} bytes from {@code copy_source} here. */
	public static final String COPY_SOURCE = "copy_source";
	public static final String COPY_DESTINATION = "copy_destination";
	public static final String COPY_LENGTH = "copy_length";
	public static final String PML4 = "pml4";
	public static final String PDPT = "pdpt";
	/** The present and writable bits of the program's paging entries (absolute symbol). */
	public static final String PTE_PRESENT_WRITABLE = "PTE_PRESENT_WRITABLE";

	private ModeSwitchProgram() {
	}

	/** Assembles the program and its reset stub into {@code directory}. */
	public static RealModeBoot build(Path directory) throws IOException {
		return RealModeBoot.build(QemuResources.file(SOURCE), directory, LOAD_ADDRESS, REAL_MODE_ENTRY);
	}
}
