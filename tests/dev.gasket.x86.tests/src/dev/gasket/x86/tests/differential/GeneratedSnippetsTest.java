package dev.gasket.x86.tests.differential;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.gasket.x86.cpu.ExceptionVector;

/**
 * The generator against the host CPU alone: its snippets assemble, stay inside the data area, fault only where
 * they mean to, cover the instruction set, and come out the same for the same seed.
 */
class GeneratedSnippetsTest {

	private static final int CASES = 2000;
	private static final long SEED = DifferentialSettings.DEFAULT_SEED;
	private static final Pattern PREFIX = Pattern.compile("^(lock|rep|repe|repne) ");
	/** Every instruction the generator is meant to produce, by mnemonic without size suffix (see kind). */
	private static final Set<String> EXPECTED = new TreeSet<>(List.of("mov", "movabs", "movzx", "movsx", "movslq",
			"lea", "add", "adc", "sub", "sbb", "cmp", "inc", "dec", "neg", "and", "or", "xor", "not", "test", "shl", "sal",
			"shr", "sar", "rol", "ror", "rcl", "rcr", "bt", "bts", "btr", "btc", "bsf", "bsr", "mul", "imul", "div",
			"idiv", "xchg", "cmpxchg", "xadd", "push", "pop", "pushf", "popf", "setcc", "cmovcc", "movs", "stos",
			"lods", "cmps", "scas", "cld", "std", "clc", "stc", "cmc", "cbtw", "cwtl", "cltq", "cwtd", "cltd", "cqto",
			"bswap", "lahf", "sahf", "xlatb", "ud2"));

	private static List<HostCase> cases;

	@BeforeAll
	static void runOnHost() throws Exception {
		SnippetGenerator generator = new SnippetGenerator(HostRunner.layout(), SEED);
		cases = new HostRunner(Path.of("target", "differential", "generated-test")).generated(generator, 0, CASES);
	}

	@Test
	void snippetsFaultOnlyWhereTheyMeanTo() throws Exception {
		HarnessLayout layout = HostRunner.layout();
		for (HostCase hostCase : cases) {
			Outcome outcome = hostCase.host();
			if (outcome.completed()) {
				continue;
			}
			int faulting = hostCase.assembled().instructionAt(outcome.rip() - layout.codeBase());
			List<String> instructions = hostCase.assembled().snippet().instructions();
			String where = "case " + hostCase.index() + ": " + OutcomeComparison.describe(outcome) + " in\n"
					+ hostCase.assembled().snippet().source();
			assertTrue(faulting >= 0 && faulting < instructions.size(), where);
			String instruction = instructions.get(faulting);
			boolean meant = switch (outcome.exception()) {
			case DE -> instruction.startsWith("div") || instruction.startsWith("idiv");
			case UD -> instruction.equals("ud2");
			case GP -> instruction.startsWith("movq (%");
			default -> false;
			};
			assertTrue(meant, where);
		}
	}

	@Test
	void mostSnippetsRunToTheEndAndSomeFault() {
		long completed = cases.stream().filter(hostCase -> hostCase.host().completed()).count();
		assertTrue(completed > CASES * 9 / 10, completed + " of " + CASES + " completed");
		Set<ExceptionVector> raised = new TreeSet<>();
		cases.stream().filter(hostCase -> !hostCase.host().completed())
				.forEach(hostCase -> raised.add(hostCase.host().exception()));
		assertEquals(Set.of(ExceptionVector.DE, ExceptionVector.UD, ExceptionVector.GP), raised);
	}

	@Test
	void snippetsCoverTheIntegerInstructionSet() {
		Set<String> missing = new TreeSet<>(EXPECTED);
		for (HostCase hostCase : cases) {
			hostCase.assembled().snippet().instructions().forEach(instruction -> missing.remove(kind(instruction)));
		}
		assertEquals(Set.of(), missing, "never generated");
	}

	/** {@code lock addl ...} is an {@code add}, {@code setae} a {@code setcc}, {@code movzbl} a {@code movzx}. */
	private static String kind(String instruction) {
		String mnemonic = PREFIX.matcher(instruction).replaceFirst("").split(" ")[0];
		if (mnemonic.matches("mov[sz][bw][wlq]")) {
			return mnemonic.substring(0, 4) + "x";
		}
		if (mnemonic.startsWith("set") || mnemonic.startsWith("cmov")) {
			return mnemonic.startsWith("set") ? "setcc" : "cmovcc";
		}
		String stem = mnemonic.substring(0, mnemonic.length() - 1);
		boolean sized = "bwlq".indexOf(mnemonic.charAt(mnemonic.length() - 1)) >= 0;
		return !EXPECTED.contains(mnemonic) && sized && EXPECTED.contains(stem) ? stem : mnemonic;
	}

	@Test
	void runningAgainGivesTheSameOutcomes() throws Exception {
		List<HostCase> again = new HostRunner(Path.of("target", "differential", "generated-test")).run(0,
				cases.stream().map(hostCase -> hostCase.assembled().snippet()).toList());
		HarnessLayout layout = HostRunner.layout();
		for (int i = 0; i < cases.size(); i++) {
			HostCase first = cases.get(i);
			List<String> differences = OutcomeComparison.differences(first.assembled(), layout, first.host(),
					again.get(i).host());
			if (!differences.isEmpty()) {
				fail(CaseReport.describe(SEED, i, first.assembled(), layout, first.host(), again.get(i).host(),
						differences));
			}
		}
	}

	@Test
	void theSameSeedAndIndexGiveTheSameSnippet() throws Exception {
		SnippetGenerator generator = new SnippetGenerator(HostRunner.layout(), SEED);
		for (int index : new int[] { 0, 17, CASES - 1 }) {
			Snippet original = cases.get(index).assembled().snippet();
			Snippet regenerated = generator.generate(index);
			assertEquals(original.instructions(), regenerated.instructions());
			assertArrayEquals(original.registers(), regenerated.registers());
			assertArrayEquals(original.data(), regenerated.data());
			assertEquals(original.rflags(), regenerated.rflags());
		}
	}
}
