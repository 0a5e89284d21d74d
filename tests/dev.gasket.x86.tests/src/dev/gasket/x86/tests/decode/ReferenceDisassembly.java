package dev.gasket.x86.tests.decode;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A test assembly file built with GNU as, flattened with objcopy and listed by objdump: the code bytes and
 * objdump's line for each instruction. Built once per mode and shared by the tests.
 */
record ReferenceDisassembly(CodeMode mode, byte[] code, List<ObjdumpLine> lines) {

	/** Relative to the test bundle, the working directory of its tests. */
	static final Path SOURCES = Path.of("resources", "decode");
	private static final Map<CodeMode, ReferenceDisassembly> BUILT = new EnumMap<>(CodeMode.class);

	static synchronized ReferenceDisassembly of(CodeMode mode) throws IOException, InterruptedException {
		ReferenceDisassembly built = BUILT.get(mode);
		if (built == null) {
			built = build(mode);
			BUILT.put(mode, built);
		}
		return built;
	}

	private static ReferenceDisassembly build(CodeMode mode) throws IOException, InterruptedException {
		Path source = SOURCES.resolve(mode.source).toAbsolutePath();
		assertTrue(Files.isRegularFile(source), "test source missing: " + source + " (the working directory must be the test bundle)");
		Path work = Files.createTempDirectory("gasket-objdump-");
		try {
			Path binary = work.resolve("code.bin");
			Binutils.assemble(mode, source, binary, work);
			return new ReferenceDisassembly(mode, Files.readAllBytes(binary), Binutils.disassemble(mode, binary, work));
		} finally {
			try (Stream<Path> files = Files.walk(work)) {
				for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
					Files.delete(path);
				}
			}
		}
	}
}
