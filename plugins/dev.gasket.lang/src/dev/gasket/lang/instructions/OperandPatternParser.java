package dev.gasket.lang.instructions;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.gasket.lang.instructions.OperandPattern.Choice;
import dev.gasket.lang.instructions.OperandPattern.Target;

/** Parses the operand patterns of the instruction table ({@code xmm|m:128}, {@code *m:far}, {@code %cl}). */
final class OperandPatternParser {

	private static final Map<String, Target> TARGETS = Map.ofEntries(Map.entry("r", Target.GENERAL_REGISTER),
			Map.entry("m", Target.MEMORY), Map.entry("acc", Target.ACCUMULATOR), Map.entry("imm", Target.IMMEDIATE),
			Map.entry("rel", Target.BRANCH_TARGET), Map.entry("sreg", Target.SEGMENT_REGISTER),
			Map.entry("cr", Target.CONTROL_REGISTER), Map.entry("dr", Target.DEBUG_REGISTER),
			Map.entry("st", Target.X87_REGISTER), Map.entry("mm", Target.MMX_REGISTER),
			Map.entry("xmm", Target.XMM_REGISTER), Map.entry("ymm", Target.YMM_REGISTER),
			Map.entry("zmm", Target.ZMM_REGISTER), Map.entry("k", Target.MASK_REGISTER),
			Map.entry("bnd", Target.BOUND_REGISTER));

	private OperandPatternParser() {
	}

	/**
	 * @param slotCount how many operation sizes the record's suffixes carry
	 * @throws IllegalArgumentException with a message for the table's author
	 */
	static OperandPattern parse(String text, int slotCount) {
		List<Choice> choices = new ArrayList<>();
		for (String atom : text.split("\\|")) {
			boolean indirect = atom.startsWith("*");
			String[] kindAndWidth = (indirect ? atom.substring(1) : atom).split(":", 2);
			String kind = kindAndWidth[0];
			String widthText = kindAndWidth.length > 1 ? kindAndWidth[1] : null;
			if (kind.startsWith("%")) {
				if (X86Register.lookup(kind).isEmpty() || widthText != null) {
					throw new IllegalArgumentException("unknown register `" + kind + "`");
				}
				choices.add(new Choice(Target.NAMED_REGISTER, OperandWidth.NONE, indirect, kind));
			} else if (kind.equals("rm")) {
				choices.add(choice(Target.GENERAL_REGISTER, widthText, indirect, slotCount));
				choices.add(choice(Target.MEMORY, widthText, indirect, slotCount));
			} else if (TARGETS.containsKey(kind)) {
				choices.add(choice(TARGETS.get(kind), widthText, indirect, slotCount));
			} else {
				throw new IllegalArgumentException("unknown operand kind `" + kind + "` in `" + text + "`");
			}
		}
		return new OperandPattern(text, choices);
	}

	private static Choice choice(Target target, String widthText, boolean indirect, int slotCount) {
		boolean sized = target == Target.GENERAL_REGISTER || target == Target.MEMORY
				|| target == Target.ACCUMULATOR;
		OperandWidth width;
		if (!sized) {
			if (widthText != null) {
				throw new IllegalArgumentException(target + " takes no width");
			}
			width = OperandWidth.NONE;
		} else {
			width = width(widthText == null ? "1" : widthText);
			boolean fits = switch (width.kind()) {
				case SLOT -> true;
				case FIXED, NATIVE -> target != Target.ACCUMULATOR;
				case DESCRIPTOR, FAR_POINTER, UNSIZED -> target == Target.MEMORY;
				case NONE -> false;
			};
			if (!fits) {
				throw new IllegalArgumentException("width `" + widthText + "` does not fit " + target);
			}
			int slot = width.slotIndex().orElse(-1);
			if (slot >= slotCount && width.kind() != OperandWidth.Kind.NATIVE) {
				throw new IllegalArgumentException("an operand takes operation size " + (slot + 1) + " but the record lists no such size");
			}
		}
		return new Choice(target, width, indirect, "");
	}

	private static OperandWidth width(String text) {
		return switch (text) {
			case "1" -> OperandWidth.slot(0);
			case "2" -> OperandWidth.slot(1);
			case "N" -> new OperandWidth(OperandWidth.Kind.NATIVE, 0);
			case "desc" -> new OperandWidth(OperandWidth.Kind.DESCRIPTOR, 0);
			case "far" -> new OperandWidth(OperandWidth.Kind.FAR_POINTER, 0);
			case "*" -> new OperandWidth(OperandWidth.Kind.UNSIZED, 0);
			default -> {
				int bits = text.matches("\\d+") ? Integer.parseInt(text) : 0;
				if (bits < 8 || bits % 8 != 0) {
					throw new IllegalArgumentException("bad width `" + text + "`");
				}
				yield OperandWidth.fixed(bits);
			}
		};
	}
}
