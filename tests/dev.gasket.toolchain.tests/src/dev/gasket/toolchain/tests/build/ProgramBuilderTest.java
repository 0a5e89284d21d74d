package dev.gasket.toolchain.tests.build;

import static dev.gasket.toolchain.tests.build.BuildFixture.BOOT_SOURCE;
import static dev.gasket.toolchain.tests.build.BuildFixture.HELPER_SOURCE;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import dev.gasket.toolchain.Binutils;
import dev.gasket.toolchain.GnuTool;
import dev.gasket.toolchain.build.BuildResult;
import dev.gasket.toolchain.build.BuildSettings;
import dev.gasket.toolchain.build.ProgramBuilder;
import dev.gasket.toolchain.elf.ElfImage;
import dev.gasket.toolchain.elf.ElfSymbol;
import dev.gasket.toolchain.elf.LoadSegment;
import dev.gasket.toolchain.tests.GasFixture;

class ProgramBuilderTest {

	/** boot.S pads each of .text16, .text32 and .text64 to this size with .org (SECTION_SIZE in layout.h). */
	private static final long MODE_SECTION_SIZE = 0x20;
	/** helper.s pads its .text, .rodata and .data to this size with .org. */
	private static final long HELPER_SECTION_SIZE = 0x10;
	/** The .skip of helper.s's .bss. */
	private static final long BSS_SIZE = 0x40;
	private static final long LOAD_ADDRESS = 0x8000;

	@TempDir
	Path work;

	private final ProgramBuilder builder = new ProgramBuilder(GasFixture.HOST);

	@Test
	void twoSourceProgramBuildsWithIncludeDirectoryAndDefine() throws Exception {
		BuildResult result = builder.build(BuildFixture.program(), work);

		assertTrue(result.success(), result.diagnostics()::toString);
		assertEquals(List.of(), result.diagnostics());
		Path executable = result.executable().orElseThrow();
		assertEquals(work, executable.getParent());
		ElfImage image = ElfImage.read(executable);
		// movw $STACK_TOP, %sp (0x7000 from layout.h) in 16-bit code: BC and a 16-bit immediate.
		assertArrayEquals(new byte[] {(byte) 0xbc, 0x00, 0x70}, bytesAt(image, address(image, "_start") + 1, 3));
		// movl $GREETING, %eax in 32-bit code: B8 and the 32-bit immediate from the -D define.
		byte[] loadGreeting = ByteBuffer.allocate(5).order(ByteOrder.LITTLE_ENDIAN)
				.put((byte) 0xb8).putInt(BuildFixture.GREETING).array();
		assertArrayEquals(loadGreeting, bytesAt(image, address(image, "protected_mode"), 5));
	}

	@TestFactory
	Stream<DynamicTest> generatedScriptPutsCodeOfEveryModeAtTheLoadAddressAndDataAfterIt() throws Exception {
		ElfImage image = build(BuildFixture.program().withLoadAddress(LOAD_ADDRESS));

		long codeEnd = LOAD_ADDRESS + 3 * MODE_SECTION_SIZE + HELPER_SECTION_SIZE;
		record Placement(String symbol, long address, String section) {
		}
		return Stream.of(
				new Placement("_start", LOAD_ADDRESS, ".text"),
				new Placement("protected_mode", LOAD_ADDRESS + MODE_SECTION_SIZE, ".text"),
				new Placement("long_mode", LOAD_ADDRESS + 2 * MODE_SECTION_SIZE, ".text"),
				new Placement("helper", LOAD_ADDRESS + 3 * MODE_SECTION_SIZE, ".text"),
				new Placement("message", codeEnd, ".rodata"),
				new Placement("counter", codeEnd + HELPER_SECTION_SIZE, ".data"),
				new Placement("buffer", codeEnd + 2 * HELPER_SECTION_SIZE, ".bss"))
				.map(expected -> DynamicTest.dynamicTest(expected.symbol(), () -> {
					ElfSymbol symbol = image.symbol(expected.symbol()).orElseThrow();
					assertEquals(expected.address(), symbol.value());
					assertEquals(expected.section(), symbol.sectionName());
				}));
	}

	/**
	 * Left to its defaults ld would load the ELF headers too: in a segment of their own below an address that
	 * is not page-aligned, or at 0 in front of the code for a low one, where they overwrite the real-mode IVT.
	 */
	@TestFactory
	Stream<DynamicTest> programIsOneLoadSegmentAtTheLoadAddressWithoutHeaders() {
		return Stream.of(0x500L, 0x7c00L, LOAD_ADDRESS).map(loadAddress -> DynamicTest.dynamicTest(
				"0x" + Long.toHexString(loadAddress), () -> {
					ElfImage image = build(BuildFixture.program().withLoadAddress(loadAddress));

					assertEquals(1, image.loadSegments().size(), image.loadSegments()::toString);
					LoadSegment segment = image.loadSegments().get(0);
					assertEquals(loadAddress, segment.physicalAddress());
					assertEquals(loadAddress, segment.virtualAddress());
					long initialised = 3 * MODE_SECTION_SIZE + 3 * HELPER_SECTION_SIZE;
					assertEquals(initialised, segment.fileBytes().length);
					assertEquals(initialised + BSS_SIZE, segment.memorySize());
				}));
	}

	@Test
	void defaultLoadAddressLeavesPhysicalZeroAlone() throws Exception {
		ElfImage image = build(BuildFixture.program());

		assertEquals(BuildSettings.DEFAULT_LOAD_ADDRESS, address(image, "_start"));
		assertTrue(image.loadSegments().stream().allMatch(s -> s.physicalAddress() >= BuildSettings.DEFAULT_LOAD_ADDRESS),
				image.loadSegments()::toString);
	}

	@Test
	void entryIsTheLoadAddressUnlessGiven() throws Exception {
		assertEquals(LOAD_ADDRESS, build(BuildFixture.program().withLoadAddress(LOAD_ADDRESS)).entry());

		ElfImage image = build(BuildFixture.program().withLoadAddress(LOAD_ADDRESS).withEntry("long_mode"));
		assertEquals(address(image, "long_mode"), image.entry());
	}

	@Test
	void defsymsBecomeAbsoluteSymbolsTheCodeReferences() throws Exception {
		ElfImage image = build(BuildFixture.program()
				.withDefsyms(Map.of("pa_tr_lock", "0x" + Long.toHexString(BuildFixture.TR_LOCK), "tr_limit", "0x5000+0x10")));

		ElfSymbol lock = image.symbol("pa_tr_lock").orElseThrow();
		assertEquals(BuildFixture.TR_LOCK, lock.value());
		assertEquals("*ABS*", lock.sectionName());
		assertEquals(0x5010, address(image, "tr_limit"));
		// movq pa_tr_lock, %rax after the 7-byte movq $message, %rsi: REX.W 8B /0 with a SIB absolute disp32.
		byte[] loadLock = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN)
				.put(new byte[] {0x48, (byte) 0x8b, 0x04, 0x25}).putInt((int) BuildFixture.TR_LOCK).array();
		assertArrayEquals(loadLock, bytesAt(image, address(image, "long_mode") + 7, 8));
	}

	@Test
	void userLinkerScriptDecidesLayoutAndEntry() throws Exception {
		Path script = BuildFixture.PROGRAM.resolve("data-first.ld");

		ElfImage image = build(BuildFixture.program().withLinkerScript(script).withLoadAddress(LOAD_ADDRESS));

		// data-first.ld starts at 0x9000 with .data, then the code in its own .code section, entry long_mode.
		assertEquals(0x9000, address(image, "counter"));
		ElfSymbol start = image.symbol("_start").orElseThrow();
		assertEquals(0x9000 + HELPER_SECTION_SIZE, start.value());
		assertEquals(".code", start.sectionName());
		assertEquals(address(image, "long_mode"), image.entry());
	}

	@Test
	void lineTableMapsCodeToTheOriginalSourceLines() throws Exception {
		BuildResult result = builder.build(BuildFixture.program().withLoadAddress(LOAD_ADDRESS), work);
		assertTrue(result.success(), result.diagnostics()::toString);
		Path executable = result.executable().orElseThrow();
		ElfImage image = ElfImage.read(executable);

		List<DecodedLine> rows = DecodedLine.of(GasFixture.run(GnuTool.OBJDUMP,
				"--dwarf=decodedline", executable.toString()));

		assertTrue(rows.contains(new DecodedLine("boot.S", BuildFixture.lineOf(BOOT_SOURCE, "\tcli"),
				address(image, "_start"))), rows::toString);
		assertTrue(rows.contains(new DecodedLine("boot.S", BuildFixture.lineOf(BOOT_SOURCE, "movl $GREETING"),
				address(image, "protected_mode"))), rows::toString);
		assertTrue(rows.contains(new DecodedLine("boot.S", BuildFixture.lineOf(BOOT_SOURCE, "movq $message"),
				address(image, "long_mode"))), rows::toString);
		assertTrue(rows.contains(new DecodedLine("helper.s", BuildFixture.lineOf(HELPER_SOURCE, "\tret"),
				address(image, "helper"))), rows::toString);
		long code16To64End = LOAD_ADDRESS + 3 * MODE_SECTION_SIZE;
		assertTrue(rows.stream().filter(row -> row.address() < code16To64End).allMatch(row -> row.file().equals("boot.S")),
				rows::toString);
	}

	@Test
	void nonEmptyToolPrefixInSettingsWinsOverTheBinutilsPrefix() throws Exception {
		ProgramBuilder bogusPrefix = new ProgramBuilder(Binutils.fromPath("gasket-no-such-"));

		BuildResult result = bogusPrefix.build(BuildFixture.program().withToolPrefix("x86_64-linux-gnu-"), work);

		assertTrue(result.success(), result.diagnostics()::toString);
	}

	private ElfImage build(BuildSettings settings) throws Exception {
		BuildResult result = builder.build(settings, work);
		assertTrue(result.success(), result.diagnostics()::toString);
		return ElfImage.read(result.executable().orElseThrow());
	}

	private static long address(ElfImage image, String symbol) {
		return image.symbol(symbol).orElseThrow(() -> new AssertionError("no symbol " + symbol)).value();
	}

	/** {@code length} initialised bytes at {@code address}, from the PT_LOAD segment that covers it. */
	private static byte[] bytesAt(ElfImage image, long address, int length) {
		for (LoadSegment segment : image.loadSegments()) {
			long offset = address - segment.physicalAddress();
			if (offset >= 0 && offset + length <= segment.fileBytes().length) {
				return Arrays.copyOfRange(segment.fileBytes(), (int) offset, (int) offset + length);
			}
		}
		throw new AssertionError("no segment holds 0x" + Long.toHexString(address));
	}
}
