package dev.gasket.lang.symbols;

import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

import dev.gasket.lang.gasm.Argument;
import dev.gasket.lang.gasm.Directive;
import dev.gasket.lang.gasm.EmptyArgument;
import dev.gasket.lang.gasm.ExpressionOperand;
import dev.gasket.lang.gasm.StringLiteral;

/**
 * How many bytes a data directive emits, when the arguments make that a constant.
 */
public final class DataSizes {
	private static final Map<String, Integer> UNIT_SIZES = Map.ofEntries(Map.entry(".byte", 1), Map.entry(".short", 2),
			Map.entry(".word", 2), Map.entry(".hword", 2), Map.entry(".value", 2), Map.entry(".2byte", 2),
			Map.entry(".long", 4), Map.entry(".int", 4), Map.entry(".4byte", 4), Map.entry(".single", 4),
			Map.entry(".float", 4), Map.entry(".quad", 8), Map.entry(".8byte", 8), Map.entry(".double", 8),
			Map.entry(".tfloat", 10), Map.entry(".octa", 16));

	private DataSizes() {
	}

	public static boolean isData(Directive directive) {
		String name = directive.getDirective().toLowerCase();
		return UNIT_SIZES.containsKey(name) || switch (name) {
			case ".ascii", ".asciz", ".string", ".space", ".skip", ".zero", ".fill" -> true;
			default -> false;
		};
	}

	public static OptionalLong sizeOf(Directive directive) {
		String name = directive.getDirective().toLowerCase();
		List<Argument> arguments = directive.getArguments();
		Integer unit = UNIT_SIZES.get(name);
		if (unit != null) {
			return OptionalLong.of((long) unit * Math.max(1, arguments.size()));
		}
		return switch (name) {
			case ".ascii" -> stringBytes(arguments, 0);
			case ".asciz", ".string" -> stringBytes(arguments, 1);
			case ".space", ".skip", ".zero" -> constant(arguments, 0);
			case ".fill" -> fill(arguments);
			default -> OptionalLong.empty();
		};
	}

	private static OptionalLong fill(List<Argument> arguments) {
		OptionalLong repeat = constant(arguments, 0);
		OptionalLong size = arguments.size() > 1 && !(arguments.get(1) instanceof EmptyArgument) ? constant(arguments, 1)
				: OptionalLong.of(1);
		if (repeat.isEmpty() || size.isEmpty()) {
			return OptionalLong.empty();
		}
		return OptionalLong.of(repeat.getAsLong() * Math.min(size.getAsLong(), 8));
	}

	private static OptionalLong constant(List<Argument> arguments, int index) {
		if (arguments.size() > index && arguments.get(index) instanceof ExpressionOperand operand) {
			return ConstantEvaluator.evaluate(operand.getValue());
		}
		return OptionalLong.empty();
	}

	private static OptionalLong stringBytes(List<Argument> arguments, int terminatorBytes) {
		long total = 0;
		for (Argument argument : arguments) {
			if (!(argument instanceof ExpressionOperand operand) || !(operand.getValue() instanceof StringLiteral string)) {
				return OptionalLong.empty();
			}
			ICompositeNode node = NodeModelUtils.findActualNodeFor(string);
			if (node == null) {
				return OptionalLong.empty();
			}
			total += unescapedLength(NodeModelUtils.getTokenText(node)) + terminatorBytes;
		}
		return OptionalLong.of(total);
	}

	/** Bytes of a quoted GAS string as written (the parsed value has Java's escapes resolved, not GAS's): escapes such as {@code \n}, {@code \x41} and {@code \101} are one byte each. */
	static long unescapedLength(String quoted) {
		String text = quoted.length() >= 2 ? quoted.substring(1, quoted.length() - 1) : quoted;
		long length = 0;
		for (int i = 0; i < text.length(); i++, length++) {
			if (text.charAt(i) != '\\' || i + 1 >= text.length()) {
				continue;
			}
			char escaped = text.charAt(++i);
			if (escaped == 'x') {
				while (i + 1 < text.length() && Character.digit(text.charAt(i + 1), 16) >= 0) {
					i++;
				}
			} else if (escaped >= '0' && escaped <= '7') {
				for (int digits = 1; digits < 3 && i + 1 < text.length() && text.charAt(i + 1) >= '0' && text.charAt(i + 1) <= '7'; digits++) {
					i++;
				}
			}
		}
		return length;
	}
}
