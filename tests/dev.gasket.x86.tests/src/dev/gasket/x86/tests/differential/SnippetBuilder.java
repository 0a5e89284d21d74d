package dev.gasket.x86.tests.differential;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.Random;

/**
 * Builds one snippet instruction by instruction, keeping track of what is known about registers, memory and
 * flags so that every instruction's memory operands stay inside the data area and no instruction depends on
 * an undefined flag or register. Instruction families choose operands through it and then {@link #emit}; the
 * effects of an instruction on registers, stack and memory are applied at emit.
 */
final class SnippetBuilder {

	private final Random random;
	private final HarnessLayout layout;
	private final long rflags;
	private final byte[] data;
	private final RegisterFile registers;
	private final List<String> instructions;
	private final List<Long> undefinedFlags;
	private final List<Integer> undefinedRegisters;
	private long currentUndefinedFlags;
	private boolean memoryWritten;
	private final PendingEffects pending = new PendingEffects();

	private SnippetBuilder(Random random, HarnessLayout layout, long rflags, byte[] data, RegisterFile registers,
			List<String> instructions, List<Long> undefinedFlags, List<Integer> undefinedRegisters,
			long currentUndefinedFlags, boolean memoryWritten) {
		this.random = random;
		this.layout = layout;
		this.rflags = rflags;
		this.data = data;
		this.registers = registers;
		this.instructions = instructions;
		this.undefinedFlags = undefinedFlags;
		this.undefinedRegisters = undefinedRegisters;
		this.currentUndefinedFlags = currentUndefinedFlags;
		this.memoryWritten = memoryWritten;
	}

	static SnippetBuilder start(Random random, HarnessLayout layout, long[] registerValues, long rflags, byte[] data) {
		return new SnippetBuilder(random, layout, rflags, data, new RegisterFile(registerValues), new ArrayList<>(),
				new ArrayList<>(), new ArrayList<>(), 0, false);
	}

	/** An independent copy to try an instruction on; the random source is shared. */
	SnippetBuilder copy() {
		return new SnippetBuilder(random, layout, rflags, data, registers.copy(), new ArrayList<>(instructions),
				new ArrayList<>(undefinedFlags), new ArrayList<>(undefinedRegisters), currentUndefinedFlags,
				memoryWritten);
	}

	Random random() {
		return random;
	}

	HarnessLayout layout() {
		return layout;
	}

	RegisterFile registers() {
		return registers;
	}

	int instructionCount() {
		return instructions.size();
	}

	/** 8, 16, 32 or 64. */
	int operandSize() {
		return 8 << random.nextInt(4);
	}

	Addressing addressing() {
		return new Addressing(this);
	}

	/** A register to read, possibly %ah..%bh for byte size. */
	Register readable(int bits) {
		Register register = randomRegister(bits, true);
		return use(register, true, false);
	}

	/** A register to overwrite without reading it (never RSP). */
	Register writable(int bits) {
		Register register = randomRegister(bits, false);
		return use(register, false, true);
	}

	/** A register to read and write (never RSP). */
	Register modifiable(int bits) {
		Register register = randomRegister(bits, false);
		return use(register, true, true);
	}

	private Register randomRegister(int bits, boolean mayBeRsp) {
		int number;
		do {
			number = random.nextInt(16);
		} while (number == Register.RSP && !mayBeRsp);
		boolean high = bits == 8 && number < 4 && random.nextBoolean();
		return new Register(number, bits, high);
	}

	/** Claims {@code register} for reading and/or writing; infeasible if that would read an undefined value. */
	Register use(Register register, boolean read, boolean write) {
		Infeasible.unless(!write || register.number() != Register.RSP);
		if (read) {
			registers.read(register.number());
		}
		if (write) {
			pending.write(register.number(), register.highByte() ? 8 : register.bits());
		}
		return register;
	}

	Immediate immediate(int bits) {
		return new Immediate(InterestingValues.immediate(random, bits));
	}

	/** The value the operand has now, if the generator knows it exactly. */
	OptionalLong knownValue(Operand operand, int bits) {
		if (operand instanceof Immediate immediate) {
			return OptionalLong.of(InterestingValues.zeroExtend(immediate.value(), bits));
		}
		if (operand instanceof Register register) {
			OptionalLong value = registers.known(register.number());
			if (value.isEmpty()) {
				return value;
			}
			long raw = register.highByte() ? value.getAsLong() >>> 8 : value.getAsLong();
			return OptionalLong.of(InterestingValues.zeroExtend(raw, bits));
		}
		long address = ((Memory) operand).address();
		if (memoryWritten || !layout.inData(address, bits / 8)) {
			return OptionalLong.empty();
		}
		long value = 0;
		for (int i = bits / 8 - 1; i >= 0; i--) {
			value = value << 8 | (data[(int) (address - layout.dataBase()) + i] & 0xff);
		}
		return OptionalLong.of(value);
	}

	/** The instruction being built stores to memory. */
	void writesMemory() {
		pending.writesMemory();
	}

	/** The instruction being built leaves {@code register} undefined. */
	void undefines(Register register) {
		pending.undefine(register.number());
	}

	/** The instruction being built pushes (negative) or pops (positive) this many bytes. */
	void movesStack(int bytes) {
		pending.moveStack(bytes);
	}

	/** The instruction being built is a string instruction that steps {@code register} (RSI, RDI or RCX). */
	void stepsStringRegister(int number) {
		pending.stepString(number);
	}

	/**
	 * Appends an instruction; infeasible when it reads a flag that is undefined now, or when it names %ah..%bh
	 * together with an operand that needs REX (or a 64-bit register, whose REX.W rules them out too).
	 */
	void emit(FlagEffect effect, String mnemonic, Operand... operands) {
		boolean highByte = false;
		boolean rex = false;
		StringBuilder text = new StringBuilder(mnemonic);
		for (int i = 0; i < operands.length; i++) {
			Operand operand = operands[i];
			highByte |= operand instanceof Register register && register.highByte();
			rex |= operand.needsRex() || operand instanceof Register register && register.bits() == 64;
			text.append(i == 0 ? " " : ", ").append(operand.text());
		}
		Infeasible.unless(!(highByte && rex));
		Infeasible.unless((effect.read() & currentUndefinedFlags) == 0);
		instructions.add(text.toString());
		undefinedFlags.add(currentUndefinedFlags);
		undefinedRegisters.add(registers.undefinedMask());
		currentUndefinedFlags = (currentUndefinedFlags & ~effect.written()) | effect.undefined();
		memoryWritten |= pending.applyTo(registers);
	}

	Snippet build() {
		long[] flagsAt = new long[undefinedFlags.size() + 1];
		int[] registersAt = new int[flagsAt.length];
		for (int i = 0; i < undefinedFlags.size(); i++) {
			flagsAt[i] = undefinedFlags.get(i);
			registersAt[i] = undefinedRegisters.get(i);
		}
		flagsAt[flagsAt.length - 1] = currentUndefinedFlags;
		registersAt[registersAt.length - 1] = registers.undefinedMask();
		return new Snippet(List.copyOf(instructions), registers.initialValues(), rflags, data.clone(), flagsAt,
				registersAt);
	}
}
