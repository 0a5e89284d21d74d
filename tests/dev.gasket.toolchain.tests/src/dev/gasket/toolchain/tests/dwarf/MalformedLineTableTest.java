package dev.gasket.toolchain.tests.dwarf;

import static dev.gasket.toolchain.tests.dwarf.ExternalTools.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.gasket.toolchain.dwarf.CodeModes;
import dev.gasket.toolchain.dwarf.DwarfException;
import dev.gasket.toolchain.dwarf.LineTable;
import dev.gasket.toolchain.elf.ElfImage;

/** Damaged line tables, made with objcopy from a real one, are rejected with a message saying where and what. */
class MalformedLineTableTest {

	@TempDir
	Path directory;

	private Path executable;
	private byte[] lineSection;

	@BeforeEach
	void buildTwoUnits() throws Exception {
		executable = BootBuild.GCC_G.build(directory);
		lineSection = ElfImage.read(executable).section(".debug_line").orElseThrow();
	}

	@Test
	void unitCutShortNamesTheUnitAndItsClaimedLength() throws Exception {
		DwarfException error = readWithLineSection(Arrays.copyOf(lineSection, firstUnitLength() / 2));

		assertEquals(".debug_line", error.section());
		assertEquals(0, error.offset());
		assertTrue(error.getMessage().startsWith("malformed .debug_line at offset 0x0: the unit claims "),
				error.getMessage());
		assertTrue(error.getMessage().contains("truncated"), error.getMessage());
	}

	@Test
	void secondUnitHeaderCutShortNamesWhatIsMissing() throws Exception {
		int secondUnit = firstUnitLength();

		DwarfException error = readWithLineSection(Arrays.copyOf(lineSection, secondUnit + 3));

		assertEquals(secondUnit, error.offset());
		assertEquals("malformed .debug_line at offset 0x" + Integer.toHexString(secondUnit)
				+ ": truncated: unit_length needs 4 byte(s) but only 3 remain before 0x"
				+ Integer.toHexString(secondUnit + 3), error.getMessage());
	}

	@Test
	void zeroLineRangeIsRejected() throws Exception {
		byte[] damaged = lineSection.clone();
		// DWARF 5 header: unit_length 4, version 2, address and selector sizes 1 each, header_length 4,
		// minimum_instruction_length, maximum_operations_per_instruction, default_is_stmt, line_base
		int lineRange = 4 + 2 + 1 + 1 + 4 + 1 + 1 + 1 + 1;
		damaged[lineRange] = 0;

		DwarfException error = readWithLineSection(damaged);

		assertEquals(lineRange, error.offset());
		assertTrue(error.getMessage().contains("line_range is 0"), error.getMessage());
	}

	@Test
	void missingLineStringSectionIsNamed() throws Exception {
		Path stripped = directory.resolve("no-line-str.elf");
		run(directory, "objcopy", "--remove-section=.debug_line_str", executable.toString(), stripped.toString());

		DwarfException error = assertThrows(DwarfException.class, () -> LineTable.read(ElfImage.read(stripped)));

		assertTrue(error.getMessage().contains(".debug_line_str, which the file lacks"), error.getMessage());
	}

	@Test
	void executableWithoutDebugInformationHasAnEmptyTable() throws Exception {
		Path sources = directory.resolve("plain");
		Files.createDirectories(sources);
		Files.writeString(sources.resolve("plain.s"), "\t.globl _start\n_start:\n\thlt\n");
		run(sources, "as", "--64", "plain.s", "-o", "plain.o");
		run(sources, "ld", "-m", "elf_x86_64", "-Ttext=0x1000", "-o", "plain.elf", "plain.o");
		ElfImage image = ElfImage.read(sources.resolve("plain.elf"));

		LineTable table = LineTable.read(image);

		assertEquals(Optional.empty(), image.section(".debug_line"));
		assertEquals(List.of(), table.rows());
		assertEquals(List.of(), table.files());
		assertEquals(Optional.empty(), table.locate(0x1000));
		assertEquals(Optional.empty(), CodeModes.of(table).at(0x1000));
	}

	private int firstUnitLength() {
		return 4 + ByteBuffer.wrap(lineSection).order(ByteOrder.LITTLE_ENDIAN).getInt(0);
	}

	/** Replaces .debug_line with {@code content} using objcopy and expects reading the result to fail. */
	private DwarfException readWithLineSection(byte[] content) throws Exception {
		Path replacement = Files.write(directory.resolve("debug_line.bin"), content);
		Path damaged = directory.resolve("damaged.elf");
		run(directory, "objcopy", "--update-section", ".debug_line=" + replacement, executable.toString(),
				damaged.toString());
		assertEquals(content.length, ElfImage.read(damaged).section(".debug_line").orElseThrow().length);
		return assertThrows(DwarfException.class, () -> LineTable.read(ElfImage.read(damaged)));
	}
}
