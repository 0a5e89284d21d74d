package dev.gasket.x86.tests.differential;

import java.util.Random;

/**
 * mul and imul (one, two and three operands), div and idiv. Divisions usually get their dividend set up first
 * (zero- or sign-extended into AH/DX/EDX/RDX) so most of them complete; without it, or with a zero divisor or
 * the most negative quotient, they raise #DE.
 */
final class MultiplyDivideInstructions implements InstructionFamily {

	private static final String[] SIGN_EXTENSIONS = { "cbtw", "cwtd", "cltd", "cqto" };

	@Override
	public void emit(SnippetBuilder builder) {
		Random random = builder.random();
		switch (random.nextInt(5)) {
		case 0 -> accumulatorForm(builder, random.nextBoolean() ? "mul" : "imul", builder.operandSize());
		case 1 -> twoOperandImul(builder);
		case 2 -> threeOperandImul(builder);
		default -> divide(builder, random.nextBoolean() ? "div" : "idiv", builder.operandSize());
		}
	}

	/** One operand: AL/AX/EAX/RAX times the operand into AX, DX:AX, EDX:EAX or RDX:RAX (or divided likewise). */
	private static void accumulatorForm(SnippetBuilder builder, String operation, int bits) {
		Operand source = source(builder, bits);
		builder.use(Register.of(Register.RAX, bits), true, true);
		boolean divide = operation.endsWith("div");
		if (bits > 8) {
			builder.use(Register.of(Register.RDX, bits), divide, true);
		}
		builder.emit(FlagEffects.of(operation), operation + InstructionFamily.suffix(bits), source);
	}

	private static void twoOperandImul(SnippetBuilder builder) {
		int bits = InstructionFamily.wordSize(builder);
		Operand source = source(builder, bits);
		builder.emit(FlagEffects.of("imul"), "imul" + InstructionFamily.suffix(bits), source, builder.modifiable(bits));
	}

	private static void threeOperandImul(SnippetBuilder builder) {
		int bits = InstructionFamily.wordSize(builder);
		Immediate factor = builder.immediate(bits);
		Operand source = source(builder, bits);
		builder.emit(FlagEffects.of("imul"), "imul" + InstructionFamily.suffix(bits), factor, source,
				builder.writable(bits));
	}

	private static void divide(SnippetBuilder builder, String operation, int bits) {
		if (builder.random().nextInt(4) != 0) {
			extendDividend(builder, operation.equals("idiv"), bits);
		}
		accumulatorForm(builder, operation, bits);
	}

	private static void extendDividend(SnippetBuilder builder, boolean signed, int bits) {
		int log = Integer.numberOfTrailingZeros(bits / 8);
		if (signed) {
			builder.use(Register.of(Register.RAX, bits), true, bits == 8);
			if (bits > 8) {
				builder.use(Register.of(Register.RDX, bits), false, true);
			}
			builder.emit(FlagEffects.of("cwd"), SIGN_EXTENSIONS[log]);
		} else if (bits == 8) {
			Register al = builder.use(Register.of(Register.RAX, 8), true, false);
			builder.emit(FlagEffects.of("movzx"), "movzbw", al, builder.use(Register.of(Register.RAX, 16), false, true));
		} else {
			Register edx = builder.use(Register.of(Register.RDX, 32), true, true);
			builder.emit(FlagEffects.of("xor"), "xorl", edx, edx);
		}
	}

	private static Operand source(SnippetBuilder builder, int bits) {
		return builder.random().nextBoolean() ? builder.readable(bits) : builder.addressing().anywhere(bits / 8);
	}
}
