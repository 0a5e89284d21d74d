package dev.gasket.toolchain.tests.dwarf;

import static dev.gasket.toolchain.tests.dwarf.ExternalTools.run;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.gasket.toolchain.elf.ElfImage;

/** {@link ElfImage#section(String)}, which the DWARF readers are built on. */
class ElfSectionTest {

	@TempDir
	Path directory;

	@Test
	void sectionsAreTheBytesObjcopyDumps() throws Exception {
		Files.writeString(directory.resolve("sections.s"), """
					.text
					.globl _start
				_start:
					hlt
					.section .note.gasket, "", @progbits
					.ascii "section bytes"
					.bss
					.skip 16
				""");
		run(directory, "as", "--64", "-g", "sections.s", "-o", "sections.o");
		run(directory, "ld", "-m", "elf_x86_64", "-Ttext=0x1000", "-o", "sections.elf", "sections.o");
		run(directory, "objcopy", "--dump-section", ".debug_line=debug_line.bin", "sections.elf", "unchanged.elf");

		ElfImage image = ElfImage.read(directory.resolve("sections.elf"));

		assertArrayEquals(Files.readAllBytes(directory.resolve("debug_line.bin")),
				image.section(".debug_line").orElseThrow());
		assertEquals("section bytes",
				new String(image.section(".note.gasket").orElseThrow(), StandardCharsets.US_ASCII));
		assertArrayEquals(new byte[0], image.section(".bss").orElseThrow(), "NOBITS has no file bytes");
		assertEquals(Optional.empty(), image.section(".no_such_section"));
		assertNotSame(image.section(".text").orElseThrow(), image.section(".text").orElseThrow());
	}
}
