package dev.gasket.toolchain.tests.dwarf;

import static dev.gasket.toolchain.tests.dwarf.ExternalTools.run;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The ways the tests build boot.S (with its headers) and helper.S into one executable: gcc -g (cpp line markers
 * handled by gcc), or gcc -E followed by as with an explicit DWARF version; linked at 0x1000 or by sections.ld.
 */
enum BootBuild {
	GCC_G("gcc -c -g, ld -Ttext=0x1000", 0, false),
	AS_DWARF5("gcc -E, as --gdwarf-5, ld -Ttext=0x1000", 5, false),
	AS_DWARF4("gcc -E, as --gdwarf-4, ld -Ttext=0x1000", 4, false),
	AS_DWARF2("gcc -E, as --gdwarf-2, ld -Ttext=0x1000", 2, false),
	GCC_G_SCRIPT("gcc -c -g, ld -T sections.ld", 0, true),
	AS_DWARF4_SCRIPT("gcc -E, as --gdwarf-4, ld -T sections.ld", 4, true);

	private final String description;
	/** The DWARF version given to as, 0 for gcc's default. */
	private final int dwarfVersion;
	private final boolean linkerScript;

	BootBuild(String description, int dwarfVersion, boolean linkerScript) {
		this.description = description;
		this.dwarfVersion = dwarfVersion;
		this.linkerScript = linkerScript;
	}

	String description() {
		return description;
	}

	boolean usesLinkerScript() {
		return linkerScript;
	}

	/**
	 * Copies the sources into a new subdirectory of {@code parent} and builds {@code boot.elf} there; relative
	 * source names, so the compilation directory has to complete the paths.
	 */
	Path build(Path parent) throws Exception {
		Path directory = Files.createDirectories(parent.resolve(name().toLowerCase()));
		ExternalTools.copySources(directory);
		compile(directory, "boot");
		compile(directory, "helper");
		String layout = linkerScript ? "-Tsections.ld" : "-Ttext=0x1000";
		run(directory, "ld", "-m", "elf_x86_64", layout, "-e", "real_start", "-o", "boot.elf", "boot.o", "helper.o");
		return directory.resolve("boot.elf");
	}

	private void compile(Path directory, String name) throws Exception {
		if (dwarfVersion == 0) {
			run(directory, "gcc", "-c", "-g", "-Iinclude", name + ".S", "-o", name + ".o");
		} else {
			run(directory, "gcc", "-E", "-Iinclude", name + ".S", "-o", name + ".preprocessed.s");
			run(directory, "as", "--64", "--gdwarf-" + dwarfVersion, name + ".preprocessed.s", "-o", name + ".o");
		}
	}

	@Override
	public String toString() {
		return description;
	}
}
