package dev.gasket.lang.instructions;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;

import dev.gasket.lang.instructions.FormMatch.Matched;
import dev.gasket.lang.instructions.FormMatch.Mismatch;
import dev.gasket.lang.instructions.FormMatch.Problem;
import dev.gasket.lang.instructions.OperandPattern.Choice;
import dev.gasket.lang.instructions.OperandPattern.Target;
import dev.gasket.lang.instructions.OperandShape.Kind;

/**
 * Works out the operation sizes of one form whose operand kinds fit: from the suffix, the registers and the mode's
 * default; then checks them and says how many bytes the memory operand touches.
 */
final class OperandSizing {
	private final MnemonicUse use;
	private final InstructionInfo instruction;
	private final InstructionForm form;
	private final List<OperandShape> operands;
	private final CodeMode mode;
	private final Integer[] slots;
	private final X86Register[] setBy;

	OperandSizing(MnemonicUse use, InstructionForm form, List<OperandShape> operands, CodeMode mode) {
		this.use = use;
		this.instruction = use.instruction();
		this.form = form;
		this.operands = operands;
		this.mode = mode;
		this.slots = new Integer[instruction.slotCount()];
		this.setBy = new X86Register[slots.length];
		List<Integer> suffixSizes = use.suffixSizesInBits();
		for (int i = 0; i < suffixSizes.size() && i < slots.length; i++) {
			slots[i] = suffixSizes.get(i);
		}
	}

	FormMatch match() {
		for (int i = 0; i < operands.size(); i++) {
			Optional<X86Register> register = operands.get(i).register();
			Choice choice = choice(i);
			if (register.isEmpty() || !choice.setsSlot()) {
				continue;
			}
			int slot = choice.width().slotIndex().getAsInt();
			// r:N also fits instructions without operation sizes (invpcid), which have no slot to set
			Mismatch conflict = slot < slots.length ? setSlot(slot, register.get()) : null;
			if (conflict != null) {
				return conflict;
			}
		}
		boolean someUnknown = operands.stream().anyMatch(operand -> operand.kind() == Kind.OTHER);
		if (slots.length > 0 && slots[0] == null && !someUnknown) {
			instruction.defaultSize().bits(mode).ifPresent(bits -> slots[0] = bits);
		}
		Mismatch sizeProblem = checkSizes();
		if (sizeProblem != null) {
			return sizeProblem;
		}
		Mismatch rexProblem = checkHighByteRegisters();
		if (rexProblem != null) {
			return rexProblem;
		}
		OptionalInt operationSize = slots.length > 0 && slots[slots.length - 1] != null
				? OptionalInt.of(slots[slots.length - 1])
				: OptionalInt.empty();
		return new Matched(form, operationSize, memoryAccessBytes());
	}

	private Choice choice(int operand) {
		return form.operands().get(operand).choiceFor(operands.get(operand), mode).orElseThrow();
	}

	private Mismatch setSlot(int slot, X86Register register) {
		int width = register.widthInBits();
		if (slots[slot] == null) {
			slots[slot] = width;
			setBy[slot] = register;
			return null;
		}
		if (slots[slot] == width) {
			return null;
		}
		if (setBy[slot] != null) {
			return new Mismatch(Problem.SUFFIX_VS_REGISTER,
					"%s is %d-bit but %s is %d-bit; the operand sizes of `%s` must agree"
							.formatted(setBy[slot].name(), slots[slot], register.name(), width, use.written()));
		}
		String letters = use.suffix().map(SizeSuffix::letters).orElse("");
		String article = String.valueOf(slots[slot]).startsWith("8") ? "an " : "a ";
		String meaning = slots.length == 1 ? slots[slot] + "-bit operands"
				: article + slots[slot] + "-bit " + (slot == 0 ? "source" : "destination");
		return new Mismatch(Problem.SUFFIX_VS_REGISTER, "suffix `%s` means %s but %s is %d-bit"
				.formatted(letters, meaning, register.name(), width));
	}

	private Mismatch checkSizes() {
		if (slots.length == 0 || slots[0] == null) {
			return null;
		}
		if (!form.allowedSizes().isEmpty() && !form.allowedSizes().contains(slots[0])) {
			return new Mismatch(Problem.OPERAND_KINDS, "`%s %s` does not take %d-bit operands"
					.formatted(use.written(), form.describe(), slots[0]));
		}
		if (Arrays.stream(slots).anyMatch(slot -> slot == null)) {
			return null;
		}
		List<Integer> sizes = List.of(slots);
		List<SizeSuffix> fitting = instruction.suffixes().stream()
				.filter(suffix -> suffix.sizesInBits().equals(sizes)).toList();
		String described = sizes.stream().map(size -> size + "-bit").collect(Collectors.joining(" to "));
		if (fitting.isEmpty()) {
			return new Mismatch(Problem.OPERAND_KINDS,
					"`%s` does not take %s operands".formatted(use.written(), described));
		}
		if (fitting.stream().noneMatch(suffix -> suffix.modes().allows(mode))) {
			return new Mismatch(Problem.INVALID_IN_MODE, "`%s` with %s operands is not valid in %s"
					.formatted(use.written(), described, mode.describe()));
		}
		return null;
	}

	/** %ah–%dh share their encodings with %spl–%dil, which any REX prefix selects instead. */
	private Mismatch checkHighByteRegisters() {
		List<X86Register> registers = operands.stream().flatMap(operand -> operand.register().stream()).toList();
		Optional<X86Register> highByte = registers.stream().filter(X86Register::isHighByte).findFirst();
		if (highByte.isEmpty()) {
			return null;
		}
		Optional<String> reason = registers.stream().filter(X86Register::needsRex).findFirst()
				.map(register -> "because of " + register.name());
		boolean wideOperation = instruction.defaultSize() != DefaultSize.STACK
				&& Arrays.stream(slots).anyMatch(slot -> slot != null && slot == 64);
		if (reason.isEmpty() && wideOperation) {
			reason = Optional.of("for its 64-bit operand size");
		}
		String name = highByte.get().name();
		return reason.map(why -> new Mismatch(Problem.OPERAND_KINDS,
				"%s cannot be used in an instruction that needs a REX prefix (%s)".formatted(name, why))).orElse(null);
	}

	private OptionalInt memoryAccessBytes() {
		for (int i = 0; i < operands.size(); i++) {
			Kind kind = operands.get(i).kind();
			Choice choice = choice(i);
			if ((kind == Kind.MEMORY || kind == Kind.EXPRESSION) && choice.target() == Target.MEMORY) {
				return bytes(choice.width());
			}
		}
		return OptionalInt.empty();
	}

	private OptionalInt bytes(OperandWidth width) {
		return switch (width.kind()) {
			case FIXED -> OptionalInt.of(width.value() / 8);
			case SLOT -> slots[width.value()] == null ? OptionalInt.empty()
					: OptionalInt.of(slots[width.value()] / 8);
			case DESCRIPTOR -> OptionalInt.of(mode == CodeMode.BITS_64 ? 10 : 6);
			case FAR_POINTER -> slots[0] == null ? OptionalInt.empty() : OptionalInt.of(slots[0] / 8 + 2);
			case NONE, NATIVE, UNSIZED -> OptionalInt.empty();
		};
	}
}
