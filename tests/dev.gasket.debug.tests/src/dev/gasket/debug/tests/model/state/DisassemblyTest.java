package dev.gasket.debug.tests.model.state;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.gasket.debug.engine.DebugSession;
import dev.gasket.debug.model.state.DisassembledLine;
import dev.gasket.debug.model.state.Disassembly;

/** The instructions around the trampoline's 64-bit entry against GNU objdump's listing of the same executable. */
class DisassemblyTest {

	/** An instruction line of {@code objdump -d}: address, bytes, text. */
	private static final Pattern OBJDUMP_LINE = Pattern.compile("^\\s*([0-9a-f]+):\\t([0-9a-f ]+?)\\s*\\t(.*)$");
	/** objdump names a branch target or RIP-relative address {@code 10fd <enter_compat>}; the view writes {@code 0x10fd}. */
	private static final Pattern OBJDUMP_SYMBOLIC = Pattern.compile("([\\s,])([0-9a-f]+) <[^>]*>");
	private static final Pattern SYMBOL_SUFFIX = Pattern.compile(" <[^>]*>");

	private record ObjdumpLine(byte[] bytes, String text) {
	}

	@TempDir
	Path work;

	private DebugSession session;

	@BeforeEach
	void start() throws Exception {
		session = TrampolineSessions.fourLevelOnLegacy(work);
	}

	private Map<Long, ObjdumpLine> objdump() throws IOException, InterruptedException {
		Path executable = work.resolve("trampoline_64.elf");
		Process process;
		try {
			process = new ProcessBuilder("objdump", "-d", "--insn-width=15", executable.toString()).redirectErrorStream(true).start();
		} catch (IOException notFound) {
			throw new IOException("cannot run objdump; install the Debian package 'binutils'", notFound);
		}
		String listing = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertTrue(process.waitFor(60, TimeUnit.SECONDS) && process.exitValue() == 0, listing);
		Map<Long, ObjdumpLine> lines = new HashMap<>();
		for (String line : listing.split("\n")) {
			Matcher matcher = OBJDUMP_LINE.matcher(line);
			if (matcher.matches()) {
				String text = OBJDUMP_SYMBOLIC.matcher(matcher.group(3)).replaceAll("$10x$2");
				lines.put(Long.parseLong(matcher.group(1), 16),
						new ObjdumpLine(HexFormat.of().parseHex(matcher.group(2).replace(" ", "")), text));
			}
		}
		return lines;
	}

	private int sourceLine(String text) throws IOException {
		List<String> lines = Files.readAllLines(TrampolineSessions.SOURCE);
		for (int i = 0; i < lines.size(); i++) {
			if (lines.get(i).trim().equals(text)) {
				return i + 1;
			}
		}
		throw new AssertionError("no line " + text);
	}

	@Test
	void aroundTheEntryItReadsAsObjdumpDoesWithTheSameInstructionBoundaries() throws Exception {
		long entry = session.machine().linearRip();
		List<DisassembledLine> lines = Disassembly.around(session, entry, 3, 8);
		Map<Long, ObjdumpLine> objdump = objdump();

		assertEquals(12, lines.size());
		assertEquals(session.program().symbol("startup_64").orElseThrow().value(), lines.get(0).address(),
				"three instructions back is where startup_64 begins");
		for (DisassembledLine line : lines) {
			ObjdumpLine reference = objdump.get(line.address());
			assertNotNull(reference, () -> String.format("objdump has no instruction at 0x%x", line.address()));
			assertArrayEquals(reference.bytes(), line.bytes(), line.text());
			assertEquals(reference.text(), SYMBOL_SUFFIX.matcher(line.text()).replaceAll(""));
			assertEquals(line.address() == entry, line.current());
		}
	}

	@Test
	void linesCarryTheirSourceLineAndBranchTargetsTheirSymbol() throws Exception {
		long entry = session.machine().linearRip();
		List<DisassembledLine> lines = Disassembly.around(session, entry, 0, 5);

		DisassembledLine first = lines.get(0);
		assertEquals(sourceLine("lidt\ttr_idt(%rip)"), first.location().orElseThrow().line());
		assertEquals(TrampolineSessions.SOURCE, first.location().orElseThrow().file());
		assertTrue(first.text().endsWith("<tr_idt>"), first.text());
		assertTrue(lines.get(5).text().startsWith("jne") && lines.get(5).text().endsWith(" <enter_compat>"), lines.get(5).text());
	}

	@Test
	void unmappedMemoryEndsTheListingWithTheReason() {
		List<DisassembledLine> lines = Disassembly.around(session, 1L << 32, 2, 4);
		assertEquals(1, lines.size(), lines::toString);
		assertEquals(0, lines.get(0).bytes().length);
		assertTrue(lines.get(0).text().contains("unreadable"), lines.get(0).text());
	}
}
