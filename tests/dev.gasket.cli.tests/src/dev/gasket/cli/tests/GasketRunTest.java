package dev.gasket.cli.tests;

import static dev.gasket.cli.tests.Outcome.gasket;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gasket run} as a user calls it: real binutils, the emulator, the printed stops and console lines. */
class GasketRunTest {

	private static final Path HELLO = Path.of("resources/run/hello.S").toAbsolutePath();

	@TempDir
	Path folder;

	private static int line(Path file, String marker) throws IOException {
		List<String> lines = Files.readAllLines(file);
		for (int i = 0; i < lines.size(); i++) {
			if (lines.get(i).contains("/* " + marker + " */")) {
				return i + 1;
			}
		}
		throw new AssertionError("no marker " + marker + " in " + file);
	}

	@Test
	void runsToHaltPrintingConsoleLinesAndTheStop() throws IOException {
		Outcome run = gasket("run", HELLO.toString());
		assertEquals(0, run.status(), run::toString);
		List<String> lines = run.out().lines().toList();
		assertTrue(lines.contains("console: hello from real mode"), run.out());
		assertTrue(lines.contains("console: second line"), run.out());
		String stop = "stop: HALTED at hello.S:" + line(HELLO, "@halt") + " (done) mode=real mode cpl=0";
		assertTrue(lines.stream().anyMatch(line -> line.startsWith(stop)), () -> stop + " missing in\n" + run.out());
		assertTrue(run.out().contains("rip=0x"), "registers follow the stop line");
		assertTrue(lines.indexOf("console: hello from real mode") < lines.indexOf("console: second line"));
	}

	@Test
	void conditionalBreakpointsStopWhereTheConditionHoldsAndTheRunContinues() throws IOException {
		int loopTest = line(HELLO, "@loop-test");
		Outcome run = gasket("run", HELLO.toString(), "--break", "hello.S:" + loopTest + " if %al == 0x6c");
		assertEquals(0, run.status(), run::toString);
		long stops = run.out().lines().filter(line -> line.startsWith("stop: BREAKPOINT at hello.S:" + loopTest)).count();
		assertEquals(4, stops, "the l's of hello, real and line\n" + run.out());
		assertTrue(run.out().lines().anyMatch(line -> line.startsWith("stop: HALTED")));
	}

	@Test
	void traceShowsEveryInstructionWithItsSourceLine() throws IOException {
		Outcome run = gasket("run", HELLO.toString(), "--trace", "--max-steps", "4");
		assertEquals(0, run.status(), run::toString);
		List<String> trace = run.out().lines().filter(line -> line.startsWith("trace: ")).toList();
		assertEquals(4, trace.size(), run.out());
		assertTrue(trace.get(0).contains("mov    $0x") && trace.get(0).endsWith("hello.S:" + (line(HELLO, "@loop-test") - 4)), trace.get(0));
		assertTrue(run.out().lines().anyMatch(line -> line.startsWith("stop: INSTRUCTION_LIMIT")), run.out());
	}

	@Test
	void aTripleFaultExitsWithThreeAfterReportingTheFaultingLine() throws IOException {
		Outcome run = gasket("run", HELLO.toString(), "--entry", "triple");
		assertEquals(3, run.status(), run::toString);
		assertTrue(run.out().contains("stop: EXCEPTION at hello.S:" + line(HELLO, "@ud2") + " (triple+0x"), run.out());
		assertTrue(run.out().contains("#UD"), run.out());
		assertTrue(run.out().lines().anyMatch(line -> line.startsWith("stop: TRIPLE_FAULT")), run.out());
	}

	@Test
	void setWritesASymbolBeforeTheRun() throws IOException {
		Path program = Files.writeString(folder.resolve("set.S"), """
				\t.text
				\t.code16
				\t.globl _start
				_start:
				\tmovb value, %al
				\toutb %al, $0xe9
				\tmovb $0x0a, %al
				\toutb %al, $0xe9
				\thlt
				\t.data
				\t.globl value
				\t.type value, @object
				\t.size value, 1
				value:
				\t.byte 0x41
				""");
		Outcome run = gasket("run", program.toString(), "--set", "value=0x5a");
		assertEquals(0, run.status(), run::toString);
		assertTrue(run.out().lines().anyMatch(line -> line.equals("console: Z")), run.out());
	}

	@Test
	void aBuildErrorExitsWithTwoAndNamesFileAndLine() throws IOException {
		Path broken = Files.writeString(folder.resolve("broken.S"), "\t.text\n\tmovl %eax\n");
		Outcome run = gasket("run", broken.toString());
		assertEquals(2, run.status(), run::toString);
		assertTrue(run.err().contains("broken.S:2"), run.err());
	}

	@Test
	void badOptionsSayWhatIsWrong() {
		Outcome run = gasket("run", HELLO.toString(), "--cpu", "pentium");
		assertEquals(2, run.status());
		assertTrue(run.err().contains("--cpu takes legacy or x86s, not pentium"), run.err());
	}
}
