package dev.gasket.x86.tests.lockstep;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import dev.gasket.x86.tests.qemu.RealModeBoot;

/**
 * {@code resources/lockstep/instruction_mix.S}: integer, stack, string, far-transfer and interrupt
 * instructions in real mode, 32-bit protected mode (with a trip to CPL 3 and back to real mode) and 64-bit
 * mode (with paging faults, MSRs and CPL 3). The constants name the global symbols tests look up.
 */
final class InstructionMixProgram {

	/** Relative to the module base directory, the working directory under tycho-surefire. */
	private static final Path SOURCE = Path.of("resources", "lockstep", "instruction_mix.S");
	/** Where mode_switch.S goes too: conventional RAM, whole image below 64 KiB for real-mode addressing. */
	static final long LOAD_ADDRESS = 0x8000;
	static final String REAL_MODE_ENTRY = "real_mode_entry";
	/** The first instruction after the set-up: {@code movw $0x7fff, %ax} (B8 iw). */
	static final String REAL_MODE_ARITHMETIC = "real_mode_arithmetic";
	static final String HALT = "halt";
	/** 512 bytes of stack; the program uses far less, so its lowest bytes are never written. */
	static final String STACK_BOTTOM = "stack";

	private InstructionMixProgram() {
	}

	static RealModeBoot build(Path directory) throws IOException {
		if (!Files.isRegularFile(SOURCE)) {
			throw new IllegalStateException("test resource " + SOURCE.toAbsolutePath() + " not found; tests must "
					+ "run with the dev.gasket.x86.tests module directory as working directory");
		}
		return RealModeBoot.build(SOURCE.toAbsolutePath(), directory, LOAD_ADDRESS, REAL_MODE_ENTRY);
	}
}
