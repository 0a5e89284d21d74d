package dev.gasket.x86.tests.lockstep;

import java.util.Arrays;
import java.util.List;

import dev.gasket.x86.machine.Machine;
import dev.gasket.x86.tests.qemu.FlatImage;

/**
 * A second emulator stepped alongside the one compared with QEMU, whose RFLAGS are not read until the end.
 * Reading RFLAGS works out the status flags an instruction left pending, so the compared emulator never
 * carries them across instructions; this twin does, as a plain run does, and must still agree.
 */
final class PendingFlagsTwin {

	private final Machine twin;

	/** @param twin a machine identical to the compared one, not yet stepped */
	PendingFlagsTwin(Machine twin) {
		this.twin = twin;
	}

	void step() {
		twin.step();
	}

	/** Sets the flags the lockstep run copied from QEMU into the compared emulator too (this reads RFLAGS). */
	void copyFlags(long mask, long rflags) {
		twin.cpu().setFlags(mask, rflags);
	}

	/** Everything but RFLAGS must equal the compared emulator's state. */
	void assertAgrees(int step, String instruction, ComparedState flagsRead) {
		ComparedState flagsPending = ComparedState.ofEmulatorLeavingFlagsPending(twin.cpu());
		List<String> differences = flagsRead.differences(flagsPending);
		differences.remove(ComparedState.RFLAGS);
		if (!differences.isEmpty()) {
			throw new AssertionError(DivergenceReport.ofPendingFlags(step, instruction, differences, flagsRead,
					flagsPending));
		}
	}

	/** At the end, RFLAGS and the program's memory must equal the compared emulator's too. */
	void assertAgreesAtTheEnd(int step, Machine flagsRead, FlatImage program) {
		long read = flagsRead.cpu().rflags();
		long pending = twin.cpu().rflags();
		int length = Math.toIntExact(program.loadAddress() + program.size());
		int memory = Arrays.mismatch(flagsRead.readLinear(0, length), twin.readLinear(0, length));
		if (read != pending || memory >= 0) {
			throw new AssertionError(String.format("at hlt after %d steps, the emulator whose flags stayed pending "
					+ "has rflags 0x%x (the one read every step 0x%x)%s", step, pending, read,
					memory < 0 ? "" : String.format(" and differs in memory from 0x%x", memory)));
		}
	}
}
