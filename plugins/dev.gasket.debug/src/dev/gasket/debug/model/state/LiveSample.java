package dev.gasket.debug.model.state;

import java.util.Optional;
import java.util.OptionalLong;

import dev.gasket.x86.cpu.CpuFault;
import dev.gasket.x86.cpu.CpuState;
import dev.gasket.x86.machine.Machine;

/** The machine as it is now; read while the session is suspended. */
final class LiveSample implements MachineSample {

	private final Machine machine;

	LiveSample(Machine machine) {
		this.machine = machine;
	}

	Machine machine() {
		return machine;
	}

	@Override
	public CpuState cpu() {
		return machine.cpu();
	}

	@Override
	public OptionalLong msr(int number) {
		try {
			return OptionalLong.of(machine.interpreter().readMsr(number));
		} catch (CpuFault unimplemented) {
			return OptionalLong.empty();
		}
	}

	@Override
	public long instructionCount() {
		return machine.instructionCount();
	}

	@Override
	public Optional<byte[]> readLinear(long address, int length) {
		return LinearMemory.read(machine, address, length);
	}
}
