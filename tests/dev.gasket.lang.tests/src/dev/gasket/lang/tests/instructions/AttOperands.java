package dev.gasket.lang.tests.instructions;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import dev.gasket.lang.instructions.CodeMode;
import dev.gasket.lang.instructions.FormMatch;
import dev.gasket.lang.instructions.InstructionSet;
import dev.gasket.lang.instructions.MnemonicUse;
import dev.gasket.lang.instructions.OperandShape;
import dev.gasket.lang.instructions.X86Register;

/**
 * Turns AT&T operand text into {@link OperandShape}s, standing in for the parser in these tests. Covers the
 * operand syntax the tests write: {@code %reg}, {@code %st(1)}, {@code $expr}, {@code *op}, {@code disp(...)},
 * {@code %seg:disp}, bare expressions and {@code \macroarg}.
 */
final class AttOperands {

	private static final Pattern REGISTER = Pattern.compile("%[a-z0-9]+(\\(\\d\\))?", Pattern.CASE_INSENSITIVE);
	private static final Pattern SYMBOL = Pattern.compile("(?<![%\\w.])\\.?[A-Za-z_][\\w.$]*");

	/** A source line split into mnemonic and operands. */
	record Line(String mnemonic, List<String> operandTexts) {
		List<OperandShape> shapes() {
			return operandTexts.stream().map(AttOperands::shape).toList();
		}
	}

	private AttOperands() {
	}

	/** Resolves and matches a whole line such as {@code movl %eax, %ebx}; the mnemonic must be known. */
	static FormMatch match(String line, CodeMode mode) {
		Line parsed = parse(line);
		MnemonicUse use = InstructionSet.builtIn().resolve(parsed.mnemonic())
				.orElseThrow(() -> new AssertionError("unknown mnemonic in `" + line + "`"));
		return InstructionSet.builtIn().match(use, parsed.shapes(), mode);
	}

	static Line parse(String line) {
		String trimmed = line.strip();
		int space = trimmed.indexOf(' ');
		if (space < 0) {
			return new Line(trimmed, List.of());
		}
		return new Line(trimmed.substring(0, space), split(trimmed.substring(space + 1)));
	}

	/** Splits at commas outside parentheses: {@code (,%rcx,8), %eax} is two operands. */
	static List<String> split(String operands) {
		List<String> parts = new ArrayList<>();
		int depth = 0;
		int start = 0;
		for (int i = 0; i < operands.length(); i++) {
			char c = operands.charAt(i);
			if (c == '(') {
				depth++;
			} else if (c == ')') {
				depth--;
			} else if (c == ',' && depth == 0) {
				parts.add(operands.substring(start, i).strip());
				start = i + 1;
			}
		}
		parts.add(operands.substring(start).strip());
		return parts;
	}

	static OperandShape shape(String text) {
		String operand = text.strip();
		if (operand.startsWith("\\")) {
			return OperandShape.other();
		}
		if (operand.startsWith("*")) {
			return shape(operand.substring(1)).asIndirect();
		}
		if (operand.startsWith("$")) {
			return OperandShape.immediate(hasSymbol(operand.substring(1)));
		}
		Optional<X86Register> register = REGISTER.matcher(operand).matches() ? X86Register.lookup(operand)
				: Optional.empty();
		if (register.isPresent()) {
			return OperandShape.register(register.get());
		}
		if (operand.contains("(") || operand.contains(":")) {
			return OperandShape.memory(hasSymbol(operand));
		}
		return OperandShape.expression(hasSymbol(operand));
	}

	private static boolean hasSymbol(String expression) {
		return SYMBOL.matcher(expression).find();
	}
}
