package dev.gasket.x86.decode;

import dev.gasket.x86.cpu.SegmentRegister;

/**
 * A decoded instruction. The decoder refills a caller-owned instance, so decoding allocates nothing;
 * the interpreter caches instances per physical address.
 */
public final class Instruction {

	public static final int MAX_LENGTH = 15;
	public static final int MAX_OPERANDS = 3;

	/** Operand kinds. */
	public static final int REGISTER = 1, MEMORY = 2, IMMEDIATE = 3, RELATIVE = 4, FAR_POINTER = 5,
			SEGMENT_REGISTER = 6, CONTROL_REGISTER = 7, DEBUG_REGISTER = 8, STRING_SOURCE = 9,
			STRING_DESTINATION = 10;
	/** {@link #memoryBase()} of a RIP-relative operand. */
	public static final int RIP = 16;
	public static final int NONE = -1;

	Opcode opcode;
	int bitness;
	int length;
	final byte[] bytes = new byte[MAX_LENGTH];
	int operandSize;
	int addressSize;
	boolean lock;
	int repeatPrefix;
	int segmentOverride;
	int rex;
	int condition;
	int operandCount;
	final int[] kind = new int[MAX_OPERANDS];
	final int[] size = new int[MAX_OPERANDS];
	final int[] register = new int[MAX_OPERANDS];
	final long[] value = new long[MAX_OPERANDS];
	int farSelector;
	int modRm;
	int sib;
	int memoryBase;
	int memoryIndex;
	int memoryScale;
	long memoryDisplacement;
	int memorySegment;
	int route;

	/** The interpreter's execution route for this instruction, 0 until it has chosen one. */
	public int route() {
		return route;
	}

	public void setRoute(int route) {
		this.route = route;
	}

	public Opcode opcode() {
		return opcode;
	}

	public Operation operation() {
		return opcode.operation();
	}

	/** 16, 32 or 64: the code size the bytes were decoded for. */
	public int bitness() {
		return bitness;
	}

	public int length() {
		return length;
	}

	public byte[] bytes() {
		return java.util.Arrays.copyOf(bytes, length);
	}

	/** 2, 4 or 8 bytes (the 'v' size of the SDM). */
	public int operandSize() {
		return operandSize;
	}

	/** 2, 4 or 8 bytes. */
	public int addressSize() {
		return addressSize;
	}

	public boolean lock() {
		return lock;
	}

	/** 0, 0xf3 (rep/repe) or 0xf2 (repne). */
	public int repeatPrefix() {
		return repeatPrefix;
	}

	/** The segment override prefix's register number, or {@link #NONE}. */
	public int segmentOverride() {
		return segmentOverride;
	}

	public int rex() {
		return rex;
	}

	/** The condition code (0..15) of Jcc/SETcc/CMOVcc. */
	public int condition() {
		return condition;
	}

	public int operandCount() {
		return operandCount;
	}

	public int kind(int operand) {
		return kind[operand];
	}

	/** The operand's size in bytes. */
	public int size(int operand) {
		return size[operand];
	}

	/** The register number of a register operand (GPRs: 0..15, AH..BH from {@code CpuState.HIGH_BYTE}). */
	public int register(int operand) {
		return register[operand];
	}

	/** An immediate (sign-extended), a relative branch displacement, or a far pointer's offset. */
	public long value(int operand) {
		return value[operand];
	}

	public int farSelector() {
		return farSelector;
	}

	/** The ModRM byte, or {@link #NONE} when the opcode has none. */
	public int modRm() {
		return modRm;
	}

	/** The SIB byte, or {@link #NONE} when the memory operand has none. */
	public int sib() {
		return sib;
	}

	/** The base register of the memory operand, {@link #RIP}, or {@link #NONE}. */
	public int memoryBase() {
		return memoryBase;
	}

	public int memoryIndex() {
		return memoryIndex;
	}

	/** log2 of the index scale (0..3). */
	public int memoryScale() {
		return memoryScale;
	}

	public long memoryDisplacement() {
		return memoryDisplacement;
	}

	/** The segment the memory operand uses: the override, or SS for rSP/rBP bases, else DS. */
	public int memorySegment() {
		return memorySegment;
	}

	public SegmentRegister memorySegmentRegister() {
		return SegmentRegister.of(memorySegment);
	}

	/** Whether any operand is in memory (ModRM memory form or moffs). */
	public boolean hasMemoryOperand() {
		for (int i = 0; i < operandCount; i++) {
			if (kind[i] == MEMORY) {
				return true;
			}
		}
		return false;
	}

	@Override
	public String toString() {
		return opcode == null ? "(not decoded)" : AttSyntax.format(this, 0);
	}
}
