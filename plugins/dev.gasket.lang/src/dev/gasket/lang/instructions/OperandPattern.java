package dev.gasket.lang.instructions;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import dev.gasket.lang.instructions.OperandShape.Kind;
import dev.gasket.lang.instructions.X86Register.RegisterClass;

/**
 * What one operand position of an {@link InstructionForm} accepts: one or more {@link Choice}s.
 *
 * @param text the pattern as the instruction table writes it, e.g. {@code xmm|m:128}
 */
public record OperandPattern(String text, List<Choice> choices) {

	public enum Target {
		GENERAL_REGISTER,
		/** {@code %al}, {@code %ax}, {@code %eax} or {@code %rax}, as wide as the operation. */
		ACCUMULATOR,
		/** One register by name, e.g. {@code %cl}; {@code %st} also accepts {@code %st(0)}. */
		NAMED_REGISTER,
		SEGMENT_REGISTER, CONTROL_REGISTER, DEBUG_REGISTER, X87_REGISTER, MMX_REGISTER, XMM_REGISTER,
		YMM_REGISTER, ZMM_REGISTER, MASK_REGISTER, BOUND_REGISTER,
		/** A memory operand, or a bare expression used as an absolute address. */
		MEMORY,
		IMMEDIATE,
		/** A bare expression naming where a direct branch goes. */
		BRANCH_TARGET
	}

	private static final Set<String> ACCUMULATORS = Set.of("%al", "%ax", "%eax", "%rax");

	/**
	 * @param registerName for {@link Target#NAMED_REGISTER}, otherwise empty
	 * @param indirect     the operand is written with {@code *} (jmp, call, ljmp, lcall)
	 */
	public record Choice(Target target, OperandWidth width, boolean indirect, String registerName) {

		boolean accepts(OperandShape shape, CodeMode mode) {
			if (shape.kind() == Kind.OTHER) {
				return true;
			}
			// `jmp *x` only fits indirect choices. GNU as takes `jmp %eax` and `jmp (%eax)` as indirect too, with
			// a warning, but a bare `jmp x` is always direct.
			if (shape.indirect() != indirect && (shape.indirect() || shape.kind() == Kind.EXPRESSION)) {
				return false;
			}
			return switch (shape.kind()) {
				case REGISTER -> acceptsRegister(shape.register().orElseThrow(), mode);
				case MEMORY -> target == Target.MEMORY;
				case EXPRESSION -> target == Target.MEMORY || target == Target.BRANCH_TARGET;
				case IMMEDIATE -> target == Target.IMMEDIATE;
				case OTHER -> true;
			};
		}

		private boolean acceptsRegister(X86Register register, CodeMode mode) {
			RegisterClass registerClass = register.registerClass();
			return switch (target) {
				case GENERAL_REGISTER -> registerClass == RegisterClass.GENERAL && switch (width.kind()) {
					case FIXED -> register.widthInBits() == width.value();
					case NATIVE -> register.widthInBits() == mode.nativeRegisterBits();
					default -> true;
				};
				case ACCUMULATOR -> ACCUMULATORS.contains(register.name());
				case NAMED_REGISTER -> register.name().equals(registerName)
						|| registerName.equals("%st") && register.name().equals("%st(0)");
				case SEGMENT_REGISTER -> registerClass == RegisterClass.SEGMENT;
				case CONTROL_REGISTER -> registerClass == RegisterClass.CONTROL;
				case DEBUG_REGISTER -> registerClass == RegisterClass.DEBUG;
				case X87_REGISTER -> registerClass == RegisterClass.X87;
				case MMX_REGISTER -> registerClass == RegisterClass.MMX;
				case XMM_REGISTER -> registerClass == RegisterClass.XMM;
				case YMM_REGISTER -> registerClass == RegisterClass.YMM;
				case ZMM_REGISTER -> registerClass == RegisterClass.ZMM;
				case MASK_REGISTER -> registerClass == RegisterClass.MASK;
				case BOUND_REGISTER -> registerClass == RegisterClass.BOUND;
				case MEMORY, IMMEDIATE, BRANCH_TARGET -> false;
			};
		}

		/** A register operand here sets this operation-size slot. */
		boolean setsSlot() {
			return (target == Target.GENERAL_REGISTER || target == Target.ACCUMULATOR)
					&& width.slotIndex().isPresent();
		}

		/** For messages, in the style of the processor manuals: r/m, m16, $imm, %xmm. */
		String describe() {
			String name = switch (target) {
				case GENERAL_REGISTER -> switch (width.kind()) {
					case FIXED -> "r" + width.value();
					case NATIVE -> "r32/r64";
					default -> "r";
				};
				case ACCUMULATOR -> "%al/%ax/%eax/%rax";
				case NAMED_REGISTER -> registerName;
				case SEGMENT_REGISTER -> "%sreg";
				case CONTROL_REGISTER -> "%crN";
				case DEBUG_REGISTER -> "%drN";
				case X87_REGISTER -> "%st(i)";
				case MMX_REGISTER -> "%mm";
				case XMM_REGISTER -> "%xmm";
				case YMM_REGISTER -> "%ymm";
				case ZMM_REGISTER -> "%zmm";
				case MASK_REGISTER -> "%k";
				case BOUND_REGISTER -> "%bnd";
				case MEMORY -> switch (width.kind()) {
					case FIXED -> "m" + width.value();
					case DESCRIPTOR -> "m(descriptor)";
					case FAR_POINTER -> "m(far pointer)";
					default -> "m";
				};
				case IMMEDIATE -> "$imm";
				case BRANCH_TARGET -> "label";
			};
			return indirect ? "*" + name : name;
		}
	}

	public Optional<Choice> choiceFor(OperandShape shape, CodeMode mode) {
		return choices.stream().filter(choice -> choice.accepts(shape, mode)).findFirst();
	}

	/** For messages: {@code r/m}, {@code %xmm/m128}. */
	public String describe() {
		return choices.stream().map(Choice::describe).distinct().collect(Collectors.joining("/"));
	}
}
