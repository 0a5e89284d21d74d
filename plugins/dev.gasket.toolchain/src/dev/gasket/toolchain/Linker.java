package dev.gasket.toolchain;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Links object files with GNU ld into a static x86-64 ELF executable at a chosen address. */
public final class Linker {

	private final Binutils binutils;

	public Linker(Binutils binutils) {
		this.binutils = binutils;
	}

	/**
	 * Runs {@code ld -m elf_x86_64 -Ttext=0xADDR -e ENTRY -o executable objects...}.
	 *
	 * @param textAddress where the {@code .text} section is placed
	 * @param entrySymbol the symbol whose address becomes the ELF entry point
	 * @throws ToolchainException if ld is missing or cannot be run; link errors are reported in the result
	 */
	public ToolResult link(List<Path> objects, long textAddress, String entrySymbol, Path executable)
			throws ToolchainException {
		String ld = binutils.locate(GnuTool.LD).toString();
		List<String> command = new ArrayList<>(List.of(ld, "-m", "elf_x86_64",
				"-Ttext=0x" + Long.toHexString(textAddress), "-e", entrySymbol, "-o", executable.toString()));
		objects.forEach(object -> command.add(object.toString()));
		return ToolProcess.run(command, executable);
	}
}
