package dev.gasket.debug.model.state;

import java.util.Optional;
import java.util.OptionalLong;

import dev.gasket.x86.cpu.CpuState;

/**
 * The machine state the register and variable elements show: either the live machine or what it was at a
 * suspend, so an element can compare its value now with its value then ({@code hasValueChanged}).
 */
interface MachineSample {

	CpuState cpu();

	/** The MSR's value, empty for one the emulator does not implement. */
	OptionalLong msr(int number);

	long instructionCount();

	/** {@code length} bytes at a linear address, empty if any of them is unmapped (or was not recorded). */
	Optional<byte[]> readLinear(long address, int length);

	/** A little-endian value of 1 to 8 bytes at a linear address. */
	default OptionalLong readValue(long address, int size) {
		return readLinear(address, size).map(bytes -> OptionalLong.of(LinearMemory.littleEndian(bytes))).orElse(OptionalLong.empty());
	}
}
