package dev.gasket.debug.engine;

import java.util.ArrayList;
import java.util.List;

import dev.gasket.toolchain.elf.ElfImage;
import dev.gasket.toolchain.elf.LoadSegment;
import dev.gasket.x86.mem.PhysicalMemory;

/**
 * Places an ELF executable into emulated physical memory the way a boot
 * loader would: each PT_LOAD segment at its physical address ({@code p_paddr}),
 * since the program runs before paging could map its virtual addresses.
 */
public final class ProgramLoader {

	private ProgramLoader() {
	}

	/**
	 * Copies every PT_LOAD segment into {@code memory} and zeroes the part of
	 * each segment beyond its file bytes (bss), even if the memory was used before.
	 *
	 * @throws dev.gasket.x86.mem.MemoryAccessException if a segment does not fit in {@code memory}
	 */
	public static LoadedProgram load(ElfImage image, PhysicalMemory memory) {
		List<MemoryRange> ranges = new ArrayList<>();
		for (LoadSegment segment : image.loadSegments()) {
			byte[] bytes = segment.fileBytes();
			long address = segment.physicalAddress();
			memory.write(address, bytes);
			memory.zero(address + bytes.length, segment.memorySize() - bytes.length);
			ranges.add(new MemoryRange(address, segment.memorySize()));
		}
		return new LoadedProgram(image.entry(), ranges);
	}
}
