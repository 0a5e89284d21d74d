package dev.gasket.debug.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import dev.gasket.debug.ui.breakpoints.ConditionSyntax;

/** Conditions checked with the engine's expression grammar before any session exists. */
class ConditionSyntaxTest {

	@TestFactory
	Stream<DynamicTest> wellFormedConditionsPass() {
		return Stream.of("", "  ", "tr_lock != 0", "%eax == 0x20 && %cr4 & 0x1000", "(%rax + 8) >= &tr_stack_end", "!tr_flags || %cs.base == 0")
				.map(condition -> DynamicTest.dynamicTest("'" + condition + "'",
						() -> assertEquals(Optional.empty(), ConditionSyntax.problem(condition))));
	}

	@TestFactory
	Stream<DynamicTest> malformedConditionsNameTheProblemAndColumn() {
		return List.of(new String[] { "tr_lock ==", "at column 11: expected a name" },
				new String[] { "%foo == 1", "unknown register 'foo'" },
				new String[] { "(%rax + 1", "expected ')'" },
				new String[] { "tr_lock 0", "unexpected '0'" },
				new String[] { "0x1g == 1", "bad number '0x1g'" }).stream()
				.map(row -> DynamicTest.dynamicTest("'" + row[0] + "'", () -> {
					String problem = ConditionSyntax.problem(row[0]).orElse("");
					assertTrue(problem.contains(row[1]), () -> "'" + row[0] + "' gave: " + problem);
				}));
	}
}
