package dev.gasket.debug.engine;

import java.util.List;
import java.util.Optional;

import dev.gasket.toolchain.build.BuildSettings;
import dev.gasket.x86.cpu.CpuModel;

/**
 * What a session builds and how it starts the program.
 *
 * @param entry       the symbol to start at; empty: {@code _start} if defined, else the first code symbol
 * @param assignments {@code SYMBOL=VALUE} (written with the symbol's size) and {@code %reg=VALUE}, applied after the start state
 * @param memoryBytes RAM from physical address 0
 */
public record SessionSettings(BuildSettings build, Optional<String> entry, StartState start, CpuModel cpu,
		List<String> assignments, long memoryBytes) {

	public static final long DEFAULT_MEMORY = 16L << 20;

	public static SessionSettings of(BuildSettings build) {
		return new SessionSettings(build, Optional.empty(), StartState.REAL, CpuModel.LEGACY, List.of(), DEFAULT_MEMORY);
	}

	public SessionSettings withEntry(String symbol) {
		return new SessionSettings(build, Optional.of(symbol), start, cpu, assignments, memoryBytes);
	}

	public SessionSettings withStart(StartState state) {
		return new SessionSettings(build, entry, state, cpu, assignments, memoryBytes);
	}

	public SessionSettings withCpu(CpuModel model) {
		return new SessionSettings(build, entry, start, model, assignments, memoryBytes);
	}

	public SessionSettings withAssignments(List<String> values) {
		return new SessionSettings(build, entry, start, cpu, List.copyOf(values), memoryBytes);
	}

	public SessionSettings withMemoryBytes(long bytes) {
		return new SessionSettings(build, entry, start, cpu, assignments, bytes);
	}
}
