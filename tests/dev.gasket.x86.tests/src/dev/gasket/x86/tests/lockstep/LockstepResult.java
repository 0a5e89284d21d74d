package dev.gasket.x86.tests.lockstep;

import java.util.List;

import dev.gasket.x86.cpu.CpuMode;

/**
 * A lockstep run that reached the halt address on both sides.
 *
 * @param steps          instructions (rep iterations) executed by each side, all compared
 * @param modes          the modes passed through, consecutive repeats collapsed
 * @param undefinedFlags steps after which SDM-undefined flags differed and were copied from QEMU
 */
record LockstepResult(int steps, List<CpuMode> modes, List<String> undefinedFlags) {

	LockstepResult {
		modes = List.copyOf(modes);
		undefinedFlags = List.copyOf(undefinedFlags);
	}
}
