package dev.gasket.toolchain.tests.dwarf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import dev.gasket.toolchain.dwarf.LineRow;
import dev.gasket.toolchain.dwarf.LineTable;
import dev.gasket.toolchain.dwarf.ResolvedLine;
import dev.gasket.toolchain.dwarf.SourceLocation;
import dev.gasket.toolchain.elf.ElfImage;

/** Address → line and line → address lookups on the boot program, checked against its symbols and source text. */
class LineLookupTest {

	@TempDir
	Path directory;

	@TestFactory
	Stream<DynamicTest> symbolsAndAddressesInsideInstructionsLocateTheirLine() {
		return Stream.of(BootBuild.values()).map(build -> DynamicTest.dynamicTest(build.description(), () -> {
			Path executable = build.build(directory);
			ElfImage image = ElfImage.read(executable);
			LineTable table = LineTable.read(image);
			SourceText boot = SourceText.of(executable.resolveSibling("boot.S").toRealPath());
			SourceLocation cli = new SourceLocation(boot.file(), boot.lineOf("\tcli"));
			SourceLocation movabs = new SourceLocation(boot.file(), boot.lineOf("movabsq"));

			assertEquals(Optional.of(cli), table.locate(image.symbol("real_start").orElseThrow().value()));
			// movabsq is 10 bytes long: every byte of it belongs to its line
			long movabsAddress = single(table.addressesOf(movabs));
			for (long address = movabsAddress; address < movabsAddress + 10; address++) {
				assertEquals(Optional.of(movabs), table.locate(address), "at 0x" + Long.toHexString(address));
			}
			assertEquals(new SourceLocation(boot.file(), boot.lineOf("call helper")),
					table.locate(movabsAddress + 10).orElseThrow());
		}));
	}

	@Test
	void addressesOutsideEverySequenceHaveNoLine() throws Exception {
		Path executable = BootBuild.GCC_G_SCRIPT.build(directory);
		LineTable table = LineTable.read(ElfImage.read(executable));
		List<LineRow> rows = table.rows();
		LineRow end16 = rows.stream().filter(LineRow::endSequence).filter(row -> row.address() < 0x10000)
				.findFirst().orElseThrow();

		assertTrue(table.locate(end16.address() - 1).isPresent(), "the last byte of .text16 has a line");
		assertEquals(Optional.empty(), table.locate(end16.address()));
		assertEquals(Optional.empty(), table.locate(0x10000 - 1));
		assertEquals(Optional.empty(), table.locate(0));
		assertEquals(Optional.empty(), table.locate(-1));
	}

	@TestFactory
	Stream<DynamicTest> breakpointsOnLinesWithoutCodeMoveToTheNextLineWithCode() throws Exception {
		Path executable = BootBuild.AS_DWARF4.build(directory);
		LineTable table = LineTable.read(ElfImage.read(executable));
		SourceText boot = SourceText.of(executable.resolveSibling("boot.S").toRealPath());
		SourceLocation movToDs = new SourceLocation(boot.file(), boot.lineOf("movw %ax, %ds"));
		SourceLocation hlt = new SourceLocation(boot.file(), boot.lineOf("\thlt"));
		return Stream.of(
				resolves("a comment line", table, boot.file(), boot.lineOf("a comment line"), movToDs),
				resolves("the blank line after it", table, boot.file(), boot.lineOf("a comment line") + 1, movToDs),
				resolves("a line with code stays", table, boot.file(), movToDs.line(), movToDs),
				resolves("the blank line before hlt", table, boot.file(), hlt.line() - 1, hlt),
				resolves("the file by its name only", table, Path.of("boot.S"), hlt.line() - 1, hlt),
				DynamicTest.dynamicTest("lines after the last code resolve to nothing", () -> assertEquals(
						Optional.empty(), table.resolve(boot.file(), boot.lineOf("SYM_CODE_END(long_start)")))),
				DynamicTest.dynamicTest("a partial file name matches no file", () -> assertEquals(
						Optional.empty(), table.resolve(Path.of("oot.S"), 1))),
				DynamicTest.dynamicTest("an absolute path elsewhere matches no file", () -> assertEquals(
						Optional.empty(), table.resolve(Path.of("/elsewhere/boot.S"), 1))));
	}

	@Test
	void headerLinesAreFoundByAbsoluteAndRelativePaths() throws Exception {
		Path executable = BootBuild.GCC_G.build(directory);
		LineTable table = LineTable.read(ElfImage.read(executable));
		Path header = executable.resolveSibling("include/a20.h").toRealPath();
		int orb = SourceText.of(header).lineOf("orb");

		List<Long> addresses = table.addressesOf(new SourceLocation(header, orb));

		assertEquals(1, addresses.size());
		assertEquals(addresses, table.addressesOf(new SourceLocation(Path.of("include/a20.h"), orb)));
		assertEquals(addresses, table.addressesOf(new SourceLocation(Path.of("a20.h"), orb)));
		assertEquals(List.of(), table.addressesOf(new SourceLocation(Path.of("other/a20.h"), orb)));
		assertEquals(new SourceLocation(header, orb), table.locate(addresses.get(0)).orElseThrow());
	}

	private static DynamicTest resolves(String name, LineTable table, Path file, int line, SourceLocation expected) {
		return DynamicTest.dynamicTest(name, () -> {
			ResolvedLine resolved = table.resolve(file, line).orElseThrow();
			assertEquals(expected, resolved.location());
			assertEquals(table.addressesOf(expected), resolved.addresses());
			assertEquals(1, resolved.addresses().size());
		});
	}

	private static long single(List<Long> addresses) {
		assertEquals(1, addresses.size(), addresses::toString);
		return addresses.get(0);
	}
}
