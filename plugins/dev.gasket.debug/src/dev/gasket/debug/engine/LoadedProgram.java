package dev.gasket.debug.engine;

import java.util.List;

/**
 * What {@link ProgramLoader} put into memory.
 *
 * @param entry  the ELF entry point, where execution should start
 * @param ranges the physical memory each PT_LOAD segment occupies, bss included, in program header order
 */
public record LoadedProgram(long entry, List<MemoryRange> ranges) {

	public LoadedProgram {
		ranges = List.copyOf(ranges);
	}
}
