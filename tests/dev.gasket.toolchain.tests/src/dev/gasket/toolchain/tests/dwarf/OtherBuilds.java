package dev.gasket.toolchain.tests.dwarf;

import static dev.gasket.toolchain.tests.dwarf.ExternalTools.run;

import java.nio.file.Files;
import java.nio.file.Path;

/** Executables whose line programs use what the boot program's do not. */
final class OtherBuilds {

	private OtherBuilds() {
	}

	/** handmade.s: hand-written DWARF 3 (64-bit format) and DWARF 5 units, linked at 0x3000. */
	static Path handmade(Path parent) throws Exception {
		Path directory = Files.createDirectories(parent.resolve("handmade"));
		ExternalTools.copySources(directory);
		run(directory, "as", "--64", "handmade.s", "-o", "handmade.o");
		run(directory, "ld", "-m", "elf_x86_64", "-Ttext=0x3000", "-e", "_start", "-o", "handmade.elf", "handmade.o");
		return directory.resolve("handmade.elf");
	}

	/** counter.c compiled by gcc -O2 with {@code debugOption} (e.g. -g or -gdwarf-4), linked at 0x4000. */
	static Path optimizedC(Path parent, String debugOption) throws Exception {
		Path directory = Files.createDirectories(parent.resolve("optimized-c" + debugOption));
		ExternalTools.copySources(directory);
		run(directory, "gcc", "-O2", debugOption, "-c", "counter.c", "-o", "counter.o");
		run(directory, "ld", "-m", "elf_x86_64", "-Ttext=0x4000", "-e", "count_matches", "-o", "counter.elf",
				"counter.o");
		return directory.resolve("counter.elf");
	}
}
