package dev.gasket.toolchain.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.gasket.toolchain.GnuTool;
import dev.gasket.toolchain.Linker;
import dev.gasket.toolchain.ToolResult;
import dev.gasket.toolchain.elf.ElfImage;
import dev.gasket.toolchain.elf.ElfReadException;
import dev.gasket.toolchain.elf.LoadSegment;

class ElfImageTest {

	/** A PT_LOAD line pair of {@code objdump -p}: offset, vaddr, paddr, then filesz and memsz. */
	private static final Pattern OBJDUMP_LOAD = Pattern.compile(
			"LOAD off\\s+0x\\p{XDigit}+ vaddr 0x(\\p{XDigit}+) paddr 0x(\\p{XDigit}+)[^\\n]*\\n"
					+ "\\s+filesz 0x(\\p{XDigit}+) memsz 0x(\\p{XDigit}+)");

	@TempDir
	Path directory;

	@Test
	void loadSegmentsMatchWhatObjdumpReports() throws Exception {
		Path object = GasFixture.assemble(directory, "kernel.s", """
					.text
					.globl _start
				_start:
					cli
					hlt
					.data
					.long 0x12345678
					.bss
					.skip 0x200
				""");
		Path executable = directory.resolve("kernel.elf");
		ToolResult link = new Linker(GasFixture.HOST).link(List.of(object), 0x10_0000, "_start", executable);
		assertTrue(link.success(), link.diagnostics()::toString);

		List<LoadSegment> segments = ElfImage.read(executable).loadSegments();

		List<String> expected = new ArrayList<>();
		Matcher load = OBJDUMP_LOAD.matcher(GasFixture.run(GnuTool.OBJDUMP, "-p", executable.toString()));
		while (load.find()) {
			expected.add(String.join(" ", load.group(1), load.group(2), load.group(3), load.group(4)));
		}
		List<String> actual = segments.stream()
				.map(s -> String.format("%016x %016x %016x %016x", s.virtualAddress(), s.physicalAddress(),
						s.fileBytes().length, s.memorySize()))
				.toList();
		assertEquals(expected, actual);
		assertTrue(segments.stream().anyMatch(s -> s.memorySize() - s.fileBytes().length >= 0x200),
				"the bss must show up as memory beyond the file bytes");
	}

	@Test
	void textFileIsRejectedNamingTheFile() throws Exception {
		Path notElf = GasFixture.write(directory, "notes.txt", "just some text, long enough to be a header?\n");

		ElfReadException error = assertThrows(ElfReadException.class, () -> ElfImage.read(notElf));

		assertTrue(error.getMessage().contains(notElf.toString()), error.getMessage());
		assertEquals(notElf, error.file());
	}

	@Test
	void missingFileIsRejectedNamingTheFile() {
		Path absent = directory.resolve("absent.elf");

		ElfReadException error = assertThrows(ElfReadException.class, () -> ElfImage.read(absent));

		assertTrue(error.getMessage().contains(absent.toString()), error.getMessage());
	}

	@Test
	void objectFileHasNoLoadSegmentsButKeepsDefinedAndUndefinedSymbols() throws Exception {
		Path object = GasFixture.assemble(directory, "data.s", """
					.text
					movl external_value, %eax
					.data
					.globl answer
					.type answer, @object
					.size answer, 4
				answer: .long 42
				""");

		ElfImage image = ElfImage.read(object);

		assertEquals(List.of(), image.loadSegments());
		assertEquals(".data", image.symbol("answer").orElseThrow().sectionName());
		assertEquals("*UND*", image.symbol("external_value").orElseThrow().sectionName());
	}
}
