package dev.gasket.debug.model.state;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

import dev.gasket.x86.cpu.CpuState;

/**
 * The machine at one suspend: a copy of the CPU, the MSRs the views show, and the memory the views read (data
 * symbols, descriptor tables), so the next suspend can tell which values changed.
 */
final class RecordedSample implements MachineSample {

	private record Bytes(long address, Optional<byte[]> data) {
	}

	private final CpuState cpu;
	private final Map<Integer, Long> msrs;
	private final long instructionCount;
	private final List<Bytes> memory;

	private RecordedSample(CpuState cpu, Map<Integer, Long> msrs, long instructionCount, List<Bytes> memory) {
		this.cpu = cpu;
		this.msrs = msrs;
		this.instructionCount = instructionCount;
		this.memory = memory;
	}

	/** Records {@code live} with the bytes of {@code ranges}. */
	static RecordedSample of(LiveSample live, List<LinearRange> ranges) {
		Map<Integer, Long> msrs = new HashMap<>();
		for (ModelSpecificRegister msr : ModelSpecificRegister.values()) {
			live.msr(msr.number()).ifPresent(value -> msrs.put(msr.number(), value));
		}
		List<Bytes> memory = ranges.stream()
				.map(range -> new Bytes(range.address(), live.readLinear(range.address(), range.length())))
				.toList();
		return new RecordedSample(live.cpu().copy(), msrs, live.instructionCount(), memory);
	}

	@Override
	public CpuState cpu() {
		return cpu;
	}

	@Override
	public OptionalLong msr(int number) {
		Long value = msrs.get(number);
		return value == null ? OptionalLong.empty() : OptionalLong.of(value);
	}

	@Override
	public long instructionCount() {
		return instructionCount;
	}

	@Override
	public Optional<byte[]> readLinear(long address, int length) {
		for (Bytes bytes : memory) {
			long offset = address - bytes.address();
			if (bytes.data().isPresent() && offset >= 0 && offset + length <= bytes.data().get().length) {
				byte[] slice = new byte[length];
				System.arraycopy(bytes.data().get(), (int) offset, slice, 0, length);
				return Optional.of(slice);
			}
		}
		return Optional.empty();
	}
}
