package dev.gasket.debug.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.gasket.debug.engine.LoadedProgram;
import dev.gasket.debug.engine.MemoryRange;
import dev.gasket.debug.engine.ProgramLoader;
import dev.gasket.toolchain.Assembler;
import dev.gasket.toolchain.Binutils;
import dev.gasket.toolchain.Linker;
import dev.gasket.toolchain.ToolResult;
import dev.gasket.toolchain.elf.ElfImage;
import dev.gasket.toolchain.elf.LoadSegment;
import dev.gasket.x86.mem.MemoryAccessException;
import dev.gasket.x86.mem.PhysicalMemory;

class ProgramLoaderTest {

	private static final long SIXTEEN_MIB = 16L * 1024 * 1024;
	private static final int BSS_SIZE = 256;
	private static final byte CLI = (byte) 0xfa;
	private static final byte HLT = (byte) 0xf4;

	private static final String PROGRAM = """
				.text
				.globl _start
			_start:
				cli
				hlt
				movl value, %eax
				movl %eax, buffer

				.data
				.type value, @object
				.size value, 4
			value:
				.long 0x12345678

				.bss
			buffer:
				.skip 256
			""";

	@TempDir
	Path directory;

	private ElfImage image;

	@BeforeEach
	void buildProgram() throws Exception {
		Binutils binutils = Binutils.fromPath("");
		Path source = Files.writeString(directory.resolve("program.s"), PROGRAM);
		ToolResult assembled = new Assembler(binutils).assemble(source, directory.resolve("program.o"));
		assertTrue(assembled.success(), assembled.diagnostics()::toString);
		ToolResult linked = new Linker(binutils)
				.link(List.of(assembled.output()), 0x1000, "_start", directory.resolve("program.elf"));
		assertTrue(linked.success(), linked.diagnostics()::toString);
		image = ElfImage.read(linked.output());
	}

	@Test
	void dataIsLoadedAtItsSymbolAddress() {
		PhysicalMemory memory = new PhysicalMemory(SIXTEEN_MIB);

		ProgramLoader.load(image, memory);

		assertEquals(0x12345678L, memory.readDword(address("value")));
	}

	@Test
	void codeIsLoadedAsTheSegmentBytesAtTheEntryPoint() {
		PhysicalMemory memory = new PhysicalMemory(SIXTEEN_MIB);

		LoadedProgram program = ProgramLoader.load(image, memory);

		assertEquals(address("_start"), program.entry());
		LoadSegment code = segmentContaining(program.entry());
		byte[] segmentBytes = code.fileBytes();
		assertArrayEquals(segmentBytes, memory.read(code.physicalAddress(), segmentBytes.length));
		assertArrayEquals(new byte[] {CLI, HLT}, memory.read(program.entry(), 2));
	}

	@Test
	void bssIsZeroedEvenOverOldContents() {
		PhysicalMemory memory = new PhysicalMemory(SIXTEEN_MIB);
		long buffer = address("buffer");
		byte[] garbage = new byte[BSS_SIZE];
		Arrays.fill(garbage, (byte) 0xcc);
		memory.write(buffer, garbage);

		LoadedProgram program = ProgramLoader.load(image, memory);

		assertArrayEquals(new byte[BSS_SIZE], memory.read(buffer, BSS_SIZE));
		assertTrue(program.ranges().stream().anyMatch(range -> covers(range, buffer, BSS_SIZE)),
				program.ranges()::toString);
	}

	@Test
	void programThatDoesNotFitIsRejected() {
		PhysicalMemory tooSmall = new PhysicalMemory(0x1000);

		assertThrows(MemoryAccessException.class, () -> ProgramLoader.load(image, tooSmall));
	}

	private long address(String symbol) {
		return image.symbol(symbol).orElseThrow().value();
	}

	private LoadSegment segmentContaining(long virtualAddress) {
		return image.loadSegments().stream()
				.filter(s -> s.virtualAddress() <= virtualAddress
						&& virtualAddress < s.virtualAddress() + s.fileBytes().length)
				.findFirst()
				.orElseThrow();
	}

	private static boolean covers(MemoryRange range, long start, long length) {
		return range.start() <= start && start + length <= range.start() + range.length();
	}
}
