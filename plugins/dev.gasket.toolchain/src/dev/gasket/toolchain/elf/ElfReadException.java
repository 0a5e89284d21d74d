package dev.gasket.toolchain.elf;

import java.io.IOException;
import java.nio.file.Path;

/** An ELF file could not be read or is not a well-formed ELF file. */
public final class ElfReadException extends IOException {

	private static final long serialVersionUID = 1L;

	private final transient Path file;

	public ElfReadException(Path file, String reason, Throwable cause) {
		super("cannot read ELF image " + file + ": " + reason, cause);
		this.file = file;
	}

	public Path file() {
		return file;
	}
}
