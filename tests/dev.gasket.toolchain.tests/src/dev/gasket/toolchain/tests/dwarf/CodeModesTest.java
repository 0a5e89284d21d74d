package dev.gasket.toolchain.tests.dwarf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import dev.gasket.toolchain.dwarf.CodeModes;
import dev.gasket.toolchain.dwarf.CodeSize;
import dev.gasket.toolchain.dwarf.LineRow;
import dev.gasket.toolchain.dwarf.LineTable;
import dev.gasket.toolchain.elf.ElfImage;

class CodeModesTest {

	@TempDir
	Path directory;

	@TestFactory
	Stream<DynamicTest> entryPointsHaveTheSizeOfTheirDirective() {
		return Stream.of(BootBuild.values()).map(build -> DynamicTest.dynamicTest(build.description(), () -> {
			ElfImage image = ElfImage.read(build.build(directory));
			CodeModes modes = CodeModes.of(LineTable.read(image));

			assertEquals(Optional.of(CodeSize.BITS_16), modes.at(address(image, "real_start")));
			assertEquals(Optional.of(CodeSize.BITS_32), modes.at(address(image, "protected_start")));
			assertEquals(Optional.of(CodeSize.BITS_64), modes.at(address(image, "long_start")));
			assertEquals(Optional.of(CodeSize.BITS_64), modes.at(address(image, "helper")));
		}));
	}

	/**
	 * Every byte of boot.S's code has the size of the last line starting with {@code .code} above it; a20.h, which
	 * has no directive, that of the line where boot.S includes it; helper.S is 64-bit.
	 */
	@TestFactory
	Stream<DynamicTest> everyRowHasTheSizeOfTheDirectiveAboveIt() {
		return Stream.of(BootBuild.values()).map(build -> DynamicTest.dynamicTest(build.description(), () -> {
			Path executable = build.build(directory);
			LineTable table = LineTable.read(ElfImage.read(executable));
			CodeModes modes = CodeModes.of(table);
			SourceText boot = SourceText.of(executable.resolveSibling("boot.S").toRealPath());
			CodeSize atInclude = directiveAbove(boot, boot.lineOf("#include \"a20.h\""));

			List<LineRow> rows = table.rows();
			for (int i = 0; i + 1 < rows.size(); i++) {
				LineRow row = rows.get(i);
				if (row.endSequence()) {
					continue;
				}
				String name = row.location().file().getFileName().toString();
				CodeSize expected = switch (name) {
					case "boot.S" -> directiveAbove(boot, row.location().line());
					case "a20.h" -> atInclude;
					default -> CodeSize.BITS_64;
				};
				assertEquals(Optional.of(expected), modes.at(row.address()), row::toString);
				assertEquals(Optional.of(expected), modes.at(rows.get(i + 1).address() - 1), row::toString);
			}
		}));
	}

	@Test
	void codeOfUnreadableSourcesHasNoSize() throws Exception {
		Path executable = BootBuild.GCC_G_SCRIPT.build(directory);
		Files.delete(executable.resolveSibling("boot.S"));
		ElfImage image = ElfImage.read(executable);

		CodeModes modes = CodeModes.of(LineTable.read(image));

		assertEquals(Optional.empty(), modes.at(address(image, "protected_start")));
		assertEquals(Optional.of(CodeSize.BITS_64), modes.at(address(image, "helper")));
		assertEquals(Optional.empty(), modes.at(0x10000 - 1), "between sections");
	}

	private static CodeSize directiveAbove(SourceText source, int line) {
		for (int number = line - 1; number > 0; number--) {
			switch (source.line(number).strip()) {
				case ".code16" -> {
					return CodeSize.BITS_16;
				}
				case ".code32" -> {
					return CodeSize.BITS_32;
				}
				case ".code64" -> {
					return CodeSize.BITS_64;
				}
				default -> {
					// not a directive line
				}
			}
		}
		return CodeSize.BITS_64;
	}

	private static long address(ElfImage image, String symbol) {
		return image.symbol(symbol).orElseThrow().value();
	}
}
