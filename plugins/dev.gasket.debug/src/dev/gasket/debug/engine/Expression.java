package dev.gasket.debug.engine;

import java.util.function.Function;
import java.util.OptionalLong;

/**
 * Breakpoint conditions and watch expressions, C-like and small: numbers ({@code 0x1000}, {@code 42}), registers
 * ({@code %rax}, {@code %cr4}, {@code %cs.base}), symbols (a data symbol of size 1, 2, 4 or 8 stands for its
 * contents, any other symbol for its address; {@code &sym} is always the address), {@code + - & | == != < <= > >= && ||},
 * unary {@code - !} and parentheses. Comparisons are unsigned; true is 1.
 */
public final class Expression {

	/** How names are looked up: registers and symbols. */
	public interface Scope {
		OptionalLong register(String name);

		OptionalLong symbolValue(String name);

		OptionalLong symbolAddress(String name);
	}

	private final String text;
	private int position;
	private Scope scope;

	private Expression(String text) {
		this.text = text;
	}

	/** @throws IllegalArgumentException with the position and what was expected, for bad syntax or an unknown name */
	public static long evaluate(String text, Scope scope) {
		Expression expression = new Expression(text);
		expression.scope = scope;
		long value = expression.or();
		expression.skipSpaces();
		if (expression.position < text.length()) {
			throw expression.error("unexpected '" + text.substring(expression.position) + "'");
		}
		return value;
	}

	private long or() {
		long value = and();
		while (accept("||")) {
			long right = and();
			value = value != 0 || right != 0 ? 1 : 0;
		}
		return value;
	}

	private long and() {
		long value = comparison();
		while (accept("&&")) {
			long right = comparison();
			value = value != 0 && right != 0 ? 1 : 0;
		}
		return value;
	}

	private long comparison() {
		long left = bitOr();
		for (String operator : new String[] { "==", "!=", "<=", ">=", "<", ">" }) {
			if (accept(operator)) {
				long right = bitOr();
				int order = Long.compareUnsigned(left, right);
				boolean result = switch (operator) {
					case "==" -> order == 0;
					case "!=" -> order != 0;
					case "<=" -> order <= 0;
					case ">=" -> order >= 0;
					case "<" -> order < 0;
					default -> order > 0;
				};
				return result ? 1 : 0;
			}
		}
		return left;
	}

	private long bitOr() {
		long value = bitAnd();
		while (peekSingle('|')) {
			position++;
			value |= bitAnd();
		}
		return value;
	}

	private long bitAnd() {
		long value = sum();
		while (peekSingle('&')) {
			position++;
			value &= sum();
		}
		return value;
	}

	private long sum() {
		long value = unary();
		while (true) {
			if (accept("+")) {
				value += unary();
			} else if (accept("-")) {
				value -= unary();
			} else {
				return value;
			}
		}
	}

	private long unary() {
		if (accept("-")) {
			return -unary();
		}
		if (accept("!")) {
			return unary() == 0 ? 1 : 0;
		}
		if (accept("&")) {
			String name = identifier();
			return lookup(name, scope::symbolAddress, "symbol");
		}
		return primary();
	}

	private long primary() {
		skipSpaces();
		if (accept("(")) {
			long value = or();
			if (!accept(")")) {
				throw error("expected ')'");
			}
			return value;
		}
		if (position < text.length() && text.charAt(position) == '%') {
			position++;
			return lookup(identifier(), scope::register, "register");
		}
		if (position < text.length() && Character.isDigit(text.charAt(position))) {
			return number();
		}
		return lookup(identifier(), scope::symbolValue, "symbol");
	}

	private long lookup(String name, Function<String, OptionalLong> table, String what) {
		OptionalLong value = table.apply(name);
		if (value.isEmpty()) {
			throw error("unknown " + what + " '" + name + "'");
		}
		return value.getAsLong();
	}

	private long number() {
		int start = position;
		while (position < text.length() && Character.isLetterOrDigit(text.charAt(position))) {
			position++;
		}
		String literal = text.substring(start, position).toLowerCase();
		try {
			return literal.startsWith("0x") ? Long.parseUnsignedLong(literal.substring(2), 16) : Long.parseUnsignedLong(literal);
		} catch (NumberFormatException e) {
			position = start;
			throw error("bad number '" + literal + "'");
		}
	}

	private String identifier() {
		skipSpaces();
		int start = position;
		while (position < text.length() && (Character.isLetterOrDigit(text.charAt(position)) || "_.$".indexOf(text.charAt(position)) >= 0)) {
			position++;
		}
		if (start == position) {
			throw error("expected a name");
		}
		return text.substring(start, position);
	}

	private boolean peekSingle(char operator) {
		skipSpaces();
		return position < text.length() && text.charAt(position) == operator
				&& (position + 1 >= text.length() || text.charAt(position + 1) != operator);
	}

	private boolean accept(String token) {
		skipSpaces();
		if (text.startsWith(token, position)) {
			position += token.length();
			return true;
		}
		return false;
	}

	private void skipSpaces() {
		while (position < text.length() && Character.isWhitespace(text.charAt(position))) {
			position++;
		}
	}

	private IllegalArgumentException error(String problem) {
		return new IllegalArgumentException("in '" + text + "' at column " + (position + 1) + ": " + problem);
	}
}
