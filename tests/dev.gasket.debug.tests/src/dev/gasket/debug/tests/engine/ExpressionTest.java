package dev.gasket.debug.tests.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.OptionalLong;

import org.junit.jupiter.api.Test;

import dev.gasket.debug.engine.Expression;

class ExpressionTest {

	private static final Map<String, Long> REGISTERS = Map.of("rax", 0x1000L, "rcx", 3L);
	private static final Map<String, Long> VALUES = Map.of("tr_lock", 0L, "tr_cr4", 0x1020L);
	private static final Map<String, Long> ADDRESSES = Map.of("tr_lock", 0x2010L, "tr_cr4", 0x2008L);

	private static final Expression.Scope SCOPE = new Expression.Scope() {
		@Override
		public OptionalLong register(String name) {
			return lookup(REGISTERS, name);
		}

		@Override
		public OptionalLong symbolValue(String name) {
			return lookup(VALUES, name);
		}

		@Override
		public OptionalLong symbolAddress(String name) {
			return lookup(ADDRESSES, name);
		}
	};

	private static OptionalLong lookup(Map<String, Long> table, String name) {
		Long value = table.get(name);
		return value == null ? OptionalLong.empty() : OptionalLong.of(value);
	}

	private static long eval(String text) {
		return Expression.evaluate(text, SCOPE);
	}

	@Test
	void registersSymbolsAndNumbersCompare() {
		assertEquals(1, eval("%rax == 0x1000"));
		assertEquals(0, eval("%rax != 4096"));
		assertEquals(1, eval("tr_lock == 0"));
		assertEquals(1, eval("(tr_cr4 & 0x1000) != 0"));
		assertEquals(0x2010, eval("&tr_lock"));
		assertEquals(0x2008 + 4, eval("&tr_cr4 + 4"));
	}

	@Test
	void logicalOperatorsAndPrecedence() {
		assertEquals(1, eval("%rcx > 2 && %rax >= 0x1000 || 0"));
		assertEquals(0, eval("!(%rcx < 4)"));
		assertEquals(7, eval("%rcx | 4"));
		assertEquals(2, eval("%rcx - 1"));
		assertEquals(1, eval("-1 > 0"), "comparisons are unsigned");
	}

	@Test
	void badInputSaysWhereAndWhat() {
		IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class, () -> eval("%rzz == 1"));
		assertTrue(unknown.getMessage().contains("unknown register 'rzz'"), unknown.getMessage());
		IllegalArgumentException symbol = assertThrows(IllegalArgumentException.class, () -> eval("tr_nothing"));
		assertTrue(symbol.getMessage().contains("unknown symbol 'tr_nothing'"), symbol.getMessage());
		IllegalArgumentException syntax = assertThrows(IllegalArgumentException.class, () -> eval("(%rax == 1"));
		assertTrue(syntax.getMessage().contains("expected ')'"), syntax.getMessage());
		IllegalArgumentException trailing = assertThrows(IllegalArgumentException.class, () -> eval("1 2"));
		assertTrue(trailing.getMessage().contains("column"), trailing.getMessage());
	}
}
