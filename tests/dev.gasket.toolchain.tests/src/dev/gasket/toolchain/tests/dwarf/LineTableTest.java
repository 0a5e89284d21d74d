package dev.gasket.toolchain.tests.dwarf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.function.ThrowingSupplier;
import org.junit.jupiter.api.io.TempDir;

import dev.gasket.toolchain.dwarf.LineRow;
import dev.gasket.toolchain.dwarf.LineTable;
import dev.gasket.toolchain.dwarf.SourceLocation;
import dev.gasket.toolchain.elf.ElfImage;
import dev.gasket.toolchain.tests.dwarf.DecodedLineDump.DumpedRow;

/** Every row, and the statement addresses of every line, compared with what objdump decodes from the same file. */
class LineTableTest {

	@TempDir
	Path directory;

	@TestFactory
	Stream<DynamicTest> rowsAreThoseObjdumpDecodes() {
		return executables().map(build -> DynamicTest.dynamicTest(build.getKey(), () -> {
			Path executable = build.getValue().get();
			List<DumpedRow> expected = objdumpRows(executable);
			List<LineRow> actual = LineTable.read(ElfImage.read(executable)).rows();

			assertFalse(expected.isEmpty(), "objdump found no rows");
			assertEquals(expected.size(), actual.size(), () -> "row count; ours: " + actual);
			for (int i = 0; i < expected.size(); i++) {
				DumpedRow dumped = expected.get(i);
				LineRow row = actual.get(i);
				String context = "row " + i + ": objdump " + dumped + ", ours " + row;
				assertEquals(dumped.address(), row.address(), context);
				assertEquals(dumped.endSequence(), row.endSequence(), context);
				assertTrue(row.location().file().endsWith(Path.of(dumped.qualifiedName())), context);
				assertEquals(dumped.fileName(), row.location().file().getFileName().toString(), context);
				if (!dumped.endSequence()) {
					assertEquals(dumped.line(), row.location().line(), context);
					assertEquals(dumped.statement(), row.statement(), context);
				}
			}
		}));
	}

	/** Looks every line up by objdump's (relative or absolute) file name, so relative names match by suffix. */
	@TestFactory
	Stream<DynamicTest> addressesOfEachLineAreItsStatementRows() {
		return executables().map(build -> DynamicTest.dynamicTest(build.getKey(), () -> {
			Path executable = build.getValue().get();
			Map<SourceLocation, Set<Long>> expected = new LinkedHashMap<>();
			for (DumpedRow row : objdumpRows(executable)) {
				if (row.statement() && !row.endSequence()) {
					expected.computeIfAbsent(new SourceLocation(Path.of(row.qualifiedName()), row.line()),
							location -> new TreeSet<>()).add(row.address());
				}
			}
			LineTable table = LineTable.read(ElfImage.read(executable));

			assertFalse(expected.isEmpty());
			expected.forEach((location, addresses) -> assertEquals(new ArrayList<>(addresses),
					table.addressesOf(location), location::toString));
		}));
	}

	@TestFactory
	Stream<DynamicTest> filesAreAbsoluteAndResolvedAgainstTheCompilationDirectory() {
		Stream<DynamicTest> boot = Stream.of(BootBuild.values()).map(build -> DynamicTest.dynamicTest(
				build.description(), () -> {
					Path executable = build.build(directory);
					Path sources = executable.getParent().toRealPath();

					List<Path> files = LineTable.read(ElfImage.read(executable)).files();

					assertEquals(Set.of(sources.resolve("boot.S"), sources.resolve("include/a20.h"),
							sources.resolve("helper.S")), new HashSet<>(files));
					assertEquals(3, files.size(), "each file once");
				}));
		DynamicTest handmade = DynamicTest.dynamicTest("hand-written DWARF 3 and 5", () -> {
			List<Path> files = LineTable.read(ElfImage.read(OtherBuilds.handmade(directory))).files();

			// unit 1 takes /hand/three from .debug_info; unit 2 has it as directory 0
			assertEquals(List.of(Path.of("/hand/three/one.S"), Path.of("/hand/three/sub/two.S"),
					Path.of("/hand/three/sub/x.S"), Path.of("/hand/five/main.S"), Path.of("/hand/five/inc/defs.h")),
					files);
		});
		return Stream.concat(boot, Stream.of(handmade));
	}

	private Stream<Map.Entry<String, ThrowingSupplier<Path>>> executables() {
		Stream<Map.Entry<String, ThrowingSupplier<Path>>> boot = Stream.of(BootBuild.values())
				.map(build -> Map.entry(build.description(), () -> build.build(directory)));
		return Stream.concat(boot, Stream.of(
				Map.entry("hand-written DWARF 3 and 5", () -> OtherBuilds.handmade(directory)),
				Map.entry("gcc -O2 -g C", () -> OtherBuilds.optimizedC(directory, "-g")),
				Map.entry("gcc -O2 -gdwarf-4 C", () -> OtherBuilds.optimizedC(directory, "-gdwarf-4"))));
	}

	static List<DumpedRow> objdumpRows(Path executable) throws Exception {
		return DecodedLineDump.parse(ExternalTools.run(executable.getParent(), "objdump", "-w", "--dwarf=decodedline",
				executable.toString()));
	}
}
