package dev.gasket.lang.instructions;

import java.util.Objects;
import java.util.Optional;

/**
 * What the matcher needs to know about one written operand.
 *
 * @param register  the register of a {@link Kind#REGISTER} operand, empty otherwise
 * @param indirect  written with {@code *} (branch through a register or memory)
 * @param hasSymbol the memory address or expression mentions a symbol
 */
public record OperandShape(Kind kind, Optional<X86Register> register, boolean indirect, boolean hasSymbol) {

	public enum Kind {
		REGISTER,
		/** {@code disp(base,index,scale)}, {@code %seg:disp}, {@code sym(%rip)} */
		MEMORY,
		/** {@code $expr} */
		IMMEDIATE,
		/** A bare expression: a branch target, or an absolute memory address for data instructions. */
		EXPRESSION,
		/** Something only known later, such as a macro argument: matches anything. */
		OTHER
	}

	public OperandShape {
		Objects.requireNonNull(kind);
		Objects.requireNonNull(register);
		if (register.isPresent() != (kind == Kind.REGISTER)) {
			throw new IllegalArgumentException("a register comes with exactly the REGISTER kind");
		}
	}

	public static OperandShape register(X86Register register) {
		return new OperandShape(Kind.REGISTER, Optional.of(register), false, false);
	}

	public static OperandShape memory(boolean hasSymbol) {
		return new OperandShape(Kind.MEMORY, Optional.empty(), false, hasSymbol);
	}

	public static OperandShape immediate(boolean hasSymbol) {
		return new OperandShape(Kind.IMMEDIATE, Optional.empty(), false, hasSymbol);
	}

	public static OperandShape expression(boolean hasSymbol) {
		return new OperandShape(Kind.EXPRESSION, Optional.empty(), false, hasSymbol);
	}

	public static OperandShape other() {
		return new OperandShape(Kind.OTHER, Optional.empty(), false, false);
	}

	/** The same operand written with {@code *}. */
	public OperandShape asIndirect() {
		return new OperandShape(kind, register, true, hasSymbol);
	}

	/** For messages: "%rax", "a memory operand", "an immediate". */
	public String describe() {
		String what = switch (kind) {
			case REGISTER -> register.orElseThrow().name();
			case MEMORY -> "a memory operand";
			case IMMEDIATE -> "an immediate";
			case EXPRESSION -> "an address expression";
			case OTHER -> "an operand";
		};
		return indirect ? "*" + what : what;
	}
}
