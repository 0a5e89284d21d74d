package dev.gasket.toolchain;

import java.nio.file.Path;
import java.util.List;

/**
 * Assembles GAS (AT&amp;T syntax) sources with GNU as into x86-64 ELF objects.
 * Code written for 16- or 32-bit modes still assembles, because the
 * {@code .code16}/{@code .code32} directives override the default per section.
 */
public final class Assembler {

	private final Binutils binutils;

	public Assembler(Binutils binutils) {
		this.binutils = binutils;
	}

	/**
	 * Runs {@code as --64 -g -o object source}; the debug information lets the debugger map addresses to lines.
	 *
	 * @throws ToolchainException if as is missing or cannot be run; assembly errors are reported in the result
	 */
	public ToolResult assemble(Path source, Path object) throws ToolchainException {
		String as = binutils.locate(GnuTool.AS).toString();
		return ToolProcess.run(List.of(as, "--64", "-g", "-o", object.toString(), source.toString()), object);
	}
}
