package dev.gasket.toolchain.elf;

/**
 * A PT_LOAD program header with the bytes it covers in the file.
 *
 * @param physicalAddress where the segment is loaded in physical memory ({@code p_paddr})
 * @param virtualAddress  where the code expects it once paging is set up ({@code p_vaddr})
 * @param fileBytes       the initialised bytes, {@code p_filesz} long
 * @param memorySize      the size in memory ({@code p_memsz}); beyond the file bytes it is zero-filled (bss)
 */
public record LoadSegment(long physicalAddress, long virtualAddress, byte[] fileBytes, long memorySize) {

	public LoadSegment {
		if (memorySize < fileBytes.length) {
			throw new IllegalArgumentException("segment memory size " + memorySize
					+ " is smaller than its file size " + fileBytes.length);
		}
		fileBytes = fileBytes.clone();
	}

	/** A copy, so the segment stays immutable. */
	@Override
	public byte[] fileBytes() {
		return fileBytes.clone();
	}
}
