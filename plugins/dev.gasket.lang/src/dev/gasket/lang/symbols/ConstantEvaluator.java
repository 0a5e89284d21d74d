package dev.gasket.lang.symbols;

import java.util.OptionalLong;

import dev.gasket.lang.gasm.BinaryExpression;
import dev.gasket.lang.gasm.CharacterLiteral;
import dev.gasket.lang.gasm.Expression;
import dev.gasket.lang.gasm.NumberLiteral;
import dev.gasket.lang.gasm.UnaryExpression;

/**
 * Integer value of an expression made of literals only; empty as soon as a symbol, {@code .} or a float is involved.
 */
public final class ConstantEvaluator {
	private ConstantEvaluator() {
	}

	public static OptionalLong evaluate(Expression expression) {
		if (expression instanceof NumberLiteral number) {
			return parseInteger(number.getValue());
		}
		if (expression instanceof CharacterLiteral character) {
			String text = character.getValue();
			return text.length() >= 2 && text.charAt(1) != '\\' ? OptionalLong.of(text.charAt(1)) : OptionalLong.empty();
		}
		if (expression instanceof UnaryExpression unary) {
			OptionalLong operand = evaluate(unary.getOperand());
			if (operand.isEmpty()) {
				return operand;
			}
			long value = operand.getAsLong();
			return switch (unary.getOperator()) {
				case "-" -> OptionalLong.of(-value);
				case "~" -> OptionalLong.of(~value);
				case "!" -> OptionalLong.of(value == 0 ? 1 : 0);
				default -> OptionalLong.of(value);
			};
		}
		if (expression instanceof BinaryExpression binary) {
			OptionalLong left = evaluate(binary.getLeft());
			OptionalLong right = evaluate(binary.getRight());
			if (left.isEmpty() || right.isEmpty()) {
				return OptionalLong.empty();
			}
			return apply(binary.getOperator(), left.getAsLong(), right.getAsLong());
		}
		return OptionalLong.empty();
	}

	/** GAS integer literals: {@code 0x1f}, {@code 0b101}, octal {@code 017}, decimal. */
	public static OptionalLong parseInteger(String literal) {
		try {
			String lower = literal.toLowerCase();
			if (lower.startsWith("0x")) {
				return OptionalLong.of(Long.parseUnsignedLong(lower.substring(2), 16));
			}
			if (lower.startsWith("0b")) {
				return OptionalLong.of(Long.parseUnsignedLong(lower.substring(2), 2));
			}
			if (lower.length() > 1 && lower.startsWith("0") && lower.chars().allMatch(Character::isDigit)) {
				return OptionalLong.of(Long.parseUnsignedLong(lower.substring(1), 8));
			}
			return OptionalLong.of(Long.parseUnsignedLong(lower));
		} catch (NumberFormatException e) {
			return OptionalLong.empty();
		}
	}

	private static OptionalLong apply(String operator, long left, long right) {
		return switch (operator) {
			case "+" -> OptionalLong.of(left + right);
			case "-" -> OptionalLong.of(left - right);
			case "*" -> OptionalLong.of(left * right);
			case "/" -> right == 0 ? OptionalLong.empty() : OptionalLong.of(left / right);
			case "%" -> right == 0 ? OptionalLong.empty() : OptionalLong.of(left % right);
			case "<<" -> OptionalLong.of(left << right);
			case ">>" -> OptionalLong.of(left >> right);
			case "|" -> OptionalLong.of(left | right);
			case "&" -> OptionalLong.of(left & right);
			case "^" -> OptionalLong.of(left ^ right);
			case "!" -> OptionalLong.of(left | ~right);
			// GAS comparisons yield -1 for true
			case "==" -> OptionalLong.of(left == right ? -1 : 0);
			case "!=", "<>" -> OptionalLong.of(left != right ? -1 : 0);
			case "<" -> OptionalLong.of(left < right ? -1 : 0);
			case ">" -> OptionalLong.of(left > right ? -1 : 0);
			case "<=" -> OptionalLong.of(left <= right ? -1 : 0);
			case ">=" -> OptionalLong.of(left >= right ? -1 : 0);
			case "&&" -> OptionalLong.of(left != 0 && right != 0 ? 1 : 0);
			case "||" -> OptionalLong.of(left != 0 || right != 0 ? 1 : 0);
			default -> OptionalLong.empty();
		};
	}
}
