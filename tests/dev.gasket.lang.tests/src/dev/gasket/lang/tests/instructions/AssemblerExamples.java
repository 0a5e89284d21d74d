package dev.gasket.lang.tests.instructions;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.gasket.lang.instructions.CodeMode;
import dev.gasket.lang.instructions.InstructionForm;
import dev.gasket.lang.instructions.InstructionInfo;
import dev.gasket.lang.instructions.InstructionSet;
import dev.gasket.lang.instructions.OperandPattern;
import dev.gasket.lang.instructions.OperandPattern.Choice;
import dev.gasket.lang.instructions.OperandWidth;
import dev.gasket.lang.instructions.SizeSuffix;
import dev.gasket.lang.instructions.X86Register;

/**
 * Writes source lines that the instruction table claims are valid: for every instruction, form and mode, each
 * operation size with and without its suffix, and each alternative of every operand pattern.
 */
final class AssemblerExamples {

	/** One line of assembly for one mode, and where in the table it came from. */
	record Example(InstructionInfo instruction, InstructionForm form, CodeMode mode, String mnemonic,
			List<String> operands) {
		String line() {
			return operands.isEmpty() ? mnemonic : mnemonic + " " + String.join(", ", operands);
		}
	}

	private AssemblerExamples() {
	}

	static List<Example> valid(InstructionSet set) {
		Map<String, Example> examples = new LinkedHashMap<>();
		for (InstructionInfo instruction : set.instructions()) {
			for (CodeMode mode : CodeMode.values()) {
				if (instruction.acceptedByGas() && instruction.modes().allows(mode)) {
					for (InstructionForm form : instruction.forms()) {
						if (form.modes().allows(mode)) {
							forForm(instruction, form, mode)
									.forEach(example -> examples.putIfAbsent(mode + example.line(), example));
						}
					}
				}
			}
		}
		return List.copyOf(examples.values());
	}

	static List<Example> forForm(InstructionInfo instruction, InstructionForm form, CodeMode mode) {
		List<Example> examples = new ArrayList<>();
		for (List<Integer> sizes : sizeTuples(instruction, form, mode)) {
			for (List<String> operands : operandVariants(instruction, form, sizes, mode)) {
				for (String spelling : spellings(instruction, form, sizes, mode)) {
					examples.add(new Example(instruction, form, mode, spelling, operands));
				}
			}
		}
		return examples;
	}

	private static List<List<Integer>> sizeTuples(InstructionInfo instruction, InstructionForm form, CodeMode mode) {
		if (instruction.slotCount() == 0) {
			return List.of(List.of());
		}
		boolean nativeRegister = form.operands().stream().flatMap(pattern -> pattern.choices().stream())
				.anyMatch(choice -> choice.width().kind() == OperandWidth.Kind.NATIVE);
		return instruction.suffixes().stream()
				.filter(suffix -> suffix.sizesInBits().size() == instruction.slotCount())
				.filter(suffix -> suffix.modes().allows(mode))
				.filter(suffix -> form.allowedSizes().isEmpty()
						|| form.allowedSizes().contains(suffix.sizesInBits().get(0)))
				.filter(suffix -> !nativeRegister || suffix.sizesInBits().get(0) == mode.nativeRegisterBits())
				.map(SizeSuffix::sizesInBits).distinct().toList();
	}

	private static List<String> spellings(InstructionInfo instruction, InstructionForm form, List<Integer> sizes,
			CodeMode mode) {
		List<String> spellings = new ArrayList<>();
		spellings.add(instruction.mnemonic());
		for (InstructionInfo.Alias alias : instruction.aliases()) {
			if (alias.suffixLetters().isEmpty()) {
				spellings.add(alias.spelling());
			} else if (form.operands().isEmpty()
					&& instruction.suffix(alias.suffixLetters()).orElseThrow().sizesInBits().equals(sizes)) {
				spellings.add(alias.spelling());
			}
		}
		if (form.suffixAllowed()) {
			for (SizeSuffix suffix : instruction.suffixes()) {
				List<Integer> spelled = suffix.sizesInBits();
				if (suffix.spelled() && suffix.modes().allows(mode) && spelled.size() <= sizes.size()
						&& sizes.subList(0, spelled.size()).equals(spelled)) {
					spellings.add(instruction.stem() + suffix.letters());
				}
			}
		}
		return spellings;
	}

	/** The first usable alternative of every operand, then each other alternative in one position at a time. */
	private static List<List<String>> operandVariants(InstructionInfo instruction, InstructionForm form,
			List<Integer> sizes, CodeMode mode) {
		List<OperandPattern> patterns = form.operands();
		List<String> base = new ArrayList<>();
		for (OperandPattern pattern : patterns) {
			base.add(pattern.choices().stream().filter(choice -> usable(choice, mode)).findFirst()
					.map(choice -> text(instruction, choice, sizes, mode)).orElseThrow());
		}
		List<List<String>> variants = new ArrayList<>();
		variants.add(base);
		for (int i = 0; i < patterns.size(); i++) {
			for (Choice choice : patterns.get(i).choices()) {
				String text = usable(choice, mode) ? text(instruction, choice, sizes, mode) : null;
				if (text != null && !text.equals(base.get(i))) {
					List<String> variant = new ArrayList<>(base);
					variant.set(i, text);
					variants.add(variant);
				}
			}
		}
		return variants;
	}

	private static boolean usable(Choice choice, CodeMode mode) {
		return switch (choice.target()) {
			case NAMED_REGISTER -> mode == CodeMode.BITS_64
					|| !X86Register.lookup(choice.registerName()).orElseThrow().onlyIn64BitMode();
			case GENERAL_REGISTER -> mode == CodeMode.BITS_64 || choice.width().kind() != OperandWidth.Kind.FIXED
					|| choice.width().value() != 64;
			default -> true;
		};
	}

	private static String text(InstructionInfo instruction, Choice choice, List<Integer> sizes, CodeMode mode) {
		String text = switch (choice.target()) {
			case GENERAL_REGISTER -> generalRegister(switch (choice.width().kind()) {
				case FIXED -> choice.width().value();
				case NATIVE -> mode.nativeRegisterBits();
				default -> sizes.get(choice.width().value());
			});
			case ACCUMULATOR -> switch (sizes.get(choice.width().value())) {
				case 8 -> "%al";
				case 16 -> "%ax";
				case 32 -> "%eax";
				default -> "%rax";
			};
			case NAMED_REGISTER -> choice.registerName();
			case SEGMENT_REGISTER -> "%ds";
			case CONTROL_REGISTER -> "%cr0";
			case DEBUG_REGISTER -> "%dr0";
			case X87_REGISTER -> "%st(1)";
			case MMX_REGISTER -> "%mm1";
			case XMM_REGISTER -> "%xmm1";
			case YMM_REGISTER -> "%ymm1";
			case ZMM_REGISTER -> "%zmm1";
			case MASK_REGISTER -> "%k1";
			case BOUND_REGISTER -> "%bnd1";
			case MEMORY -> memory(instruction, mode);
			case IMMEDIATE -> "$1";
			case BRANCH_TARGET -> ".";
		};
		return choice.indirect() ? "*" + text : text;
	}

	/**
	 * Through a register, as string instructions require; movabs is the one instruction that only takes an
	 * absolute address.
	 */
	private static String memory(InstructionInfo instruction, CodeMode mode) {
		if (instruction.mnemonic().equals("movabs")) {
			return "x";
		}
		return switch (mode) {
			case BITS_16 -> "(%si)";
			case BITS_32 -> "(%esi)";
			case BITS_64 -> "(%rsi)";
		};
	}

	private static String generalRegister(int bits) {
		return switch (bits) {
			case 8 -> "%bl";
			case 16 -> "%bx";
			case 32 -> "%ebx";
			default -> "%rbx";
		};
	}
}
