package dev.gasket.x86.tests.lockstep;

import dev.gasket.x86.cpu.CpuModel;
import dev.gasket.x86.cpu.CpuState;
import dev.gasket.x86.machine.Machine;
import dev.gasket.x86.machine.MachineSetup;
import dev.gasket.x86.tests.qemu.CpuSnapshot;
import dev.gasket.x86.tests.qemu.MemoryImage;
import dev.gasket.x86.tests.qemu.RealModeBoot;

/** An emulator {@link Machine} with the memory QEMU was given and QEMU's power-on state. */
final class EmulatorBoot {

	/** Physical memory up to 4 GiB, so the reset stub's copy just below 4 GiB fits; storage is sparse. */
	static final long MEMORY_BYTES = 1L << 32;

	private EmulatorBoot() {
	}

	/**
	 * A machine after {@link MachineSetup#reset} with {@code boot}'s images loaded. The emulator has no ROM, so
	 * the stub's copies are plain RAM; the programs never write there.
	 *
	 * @param qemuReset QEMU's state before the first instruction. EDX at reset holds the processor signature
	 *                  (SDM Vol. 3, 10.1.1: family, model and stepping of the CPU), which differs between the
	 *                  emulated models, so it alone is taken from QEMU; everything else keeps the emulator's own
	 *                  reset values and is compared before the first step.
	 */
	static Machine start(RealModeBoot boot, CpuSnapshot qemuReset) {
		Machine machine = new Machine(CpuModel.LEGACY, MEMORY_BYTES);
		MachineSetup.reset(machine);
		for (MemoryImage image : boot.memory()) {
			machine.memory().write(image.physicalAddress(), image.contents());
		}
		machine.cpu().setGpr(CpuState.RDX, qemuReset.register("rdx"));
		return machine;
	}
}
