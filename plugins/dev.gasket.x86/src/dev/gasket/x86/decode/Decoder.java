package dev.gasket.x86.decode;

import dev.gasket.x86.cpu.CpuFault;
import dev.gasket.x86.cpu.CpuState;
import dev.gasket.x86.cpu.ExceptionVector;
import dev.gasket.x86.cpu.SegmentRegister;

/**
 * Decodes one instruction for 16-, 32- or 64-bit code (Intel SDM Vol. 2, ch. 2): legacy prefixes, REX,
 * the one- and two-byte opcode maps of {@link OpcodeTable}, ModRM/SIB, displacements and immediates.
 * Bytes that encode nothing the table knows raise #UD; more than 15 bytes raise #GP(0).
 */
public final class Decoder {

	private static final OpcodeTable TABLE = OpcodeTable.INSTANCE;
	private static final int[] BASE16 = { CpuState.RBX, CpuState.RBX, CpuState.RBP, CpuState.RBP, CpuState.RSI, CpuState.RDI, CpuState.RBP, CpuState.RBX };
	private static final int[] INDEX16 = { CpuState.RSI, CpuState.RDI, CpuState.RSI, CpuState.RDI, Instruction.NONE, Instruction.NONE, Instruction.NONE, Instruction.NONE };

	private ByteSource source;
	private long start;
	private Instruction insn;
	private int modRm = -1;

	/** Decodes the instruction at {@code address} into {@code into}. */
	public void decode(Instruction into, ByteSource source, long address, int bitness) {
		this.source = source;
		this.start = address;
		this.insn = into;
		reset(bitness);
		boolean operandPrefix = false;
		boolean addressPrefix = false;
		int b = next();
		while (true) {
			switch (b) {
				case 0x66 -> operandPrefix = true;
				case 0x67 -> addressPrefix = true;
				case 0xf0 -> insn.lock = true;
				case 0xf2, 0xf3 -> insn.repeatPrefix = b;
				case 0x26, 0x2e, 0x36, 0x3e -> {
					// 64-bit code ignores these, so they do not cancel an fs or gs override.
					if (bitness != 64 || insn.segmentOverride < SegmentRegister.FS.ordinal()) {
						insn.segmentOverride = (b >> 3) & 3;
					}
				}
				case 0x64, 0x65 -> insn.segmentOverride = b - 0x60;
				default -> {
					if (bitness == 64 && (b & 0xf0) == 0x40) {
						insn.rex = b;
						b = next();
						if (isLegacyPrefix(b) || (b & 0xf0) == 0x40) {
							// A REX prefix only counts directly before the opcode.
							insn.rex = 0;
							continue;
						}
					}
					decodeOpcode(b, operandPrefix, addressPrefix);
					return;
				}
			}
			b = next();
		}
	}

	private static boolean isLegacyPrefix(int b) {
		return switch (b) {
			case 0x66, 0x67, 0xf0, 0xf2, 0xf3, 0x26, 0x2e, 0x36, 0x3e, 0x64, 0x65 -> true;
			default -> false;
		};
	}

	private void reset(int bitness) {
		insn.bitness = bitness;
		insn.length = 0;
		insn.lock = false;
		insn.repeatPrefix = 0;
		insn.segmentOverride = Instruction.NONE;
		insn.rex = 0;
		insn.condition = 0;
		insn.operandCount = 0;
		insn.memoryBase = Instruction.NONE;
		insn.memoryIndex = Instruction.NONE;
		insn.memoryScale = 0;
		insn.memoryDisplacement = 0;
		insn.memorySegment = SegmentRegister.DS.ordinal();
		insn.farSelector = 0;
		insn.route = 0;
		insn.modRm = Instruction.NONE;
		insn.sib = Instruction.NONE;
		modRm = -1;
	}

	private void decodeOpcode(int b, boolean operandPrefix, boolean addressPrefix) {
		int map = 0;
		if (b == 0x0f) {
			map = 1;
			b = next();
		}
		Opcode opcode;
		if (TABLE.isGroup(map, b)) {
			modRm = next();
			opcode = TABLE.group(map, b, modRm >> 6, (modRm >> 3) & 7, modRm & 7);
		} else {
			opcode = TABLE.plain(map, b);
			if (map == 0 && b == 0x90 && (insn.rex & 1) != 0) {
				// With REX.B, 90 is xchg with r8, not nop.
				opcode = TABLE.plain(0, 0x91);
			}
		}
		int bitness = insn.bitness;
		if (opcode == null
				|| (bitness == 64 && opcode.has(Opcode.INVALID_IN_64))
				|| (bitness != 64 && opcode.has(Opcode.ONLY_IN_64))) {
			throw undefined();
		}
		insn.opcode = opcode;
		insn.condition = b & 0xf;
		insn.operandSize = operandSize(opcode, operandPrefix);
		insn.addressSize = bitness == 64 ? (addressPrefix ? 4 : 8) : (bitness == 32) != addressPrefix ? 4 : 2;
		if (modRm < 0 && needsModRm(opcode)) {
			modRm = next();
		}
		insn.modRm = modRm;
		if (modRm >= 0 && !opcode.has(Opcode.MODE_SIZED) && (modRm >> 6) != 3) {
			decodeMemory();
		}
		for (OperandSpec spec : opcode.operands()) {
			decodeOperand(spec, b);
		}
		if (insn.lock && !(opcode.has(Opcode.LOCKABLE) && insn.kind[0] == Instruction.MEMORY)) {
			throw undefined();
		}
	}

	private int operandSize(Opcode opcode, boolean operandPrefix) {
		if (insn.bitness == 64) {
			if (opcode.has(Opcode.FORCE_64) || opcode.has(Opcode.MODE_SIZED)) {
				return 8;
			}
			if ((insn.rex & 8) != 0) {
				return 8;
			}
			if (operandPrefix) {
				return 2;
			}
			return opcode.has(Opcode.DEFAULT_64) ? 8 : 4;
		}
		if (opcode.has(Opcode.MODE_SIZED)) {
			return 4;
		}
		return (insn.bitness == 32) != operandPrefix ? 4 : 2;
	}

	private static boolean needsModRm(Opcode opcode) {
		for (OperandSpec spec : opcode.operands()) {
			if (spec.needsModRm()) {
				return true;
			}
		}
		return false;
	}

	private void decodeMemory() {
		int mod = modRm >> 6;
		int rm = modRm & 7;
		if (insn.addressSize == 2) {
			if (mod == 0 && rm == 6) {
				insn.memoryDisplacement = (short) nextWord();
				return;
			}
			insn.memoryBase = BASE16[rm];
			insn.memoryIndex = INDEX16[rm];
			if (insn.memoryBase == CpuState.RBP) {
				insn.memorySegment = SegmentRegister.SS.ordinal();
			}
			insn.memoryDisplacement = mod == 1 ? (byte) next() : mod == 2 ? (short) nextWord() : 0;
			applyOverride();
			return;
		}
		int base = rm;
		if (rm == 4) {
			int sib = next();
			insn.sib = sib;
			insn.memoryScale = sib >> 6;
			int index = ((sib >> 3) & 7) | ((insn.rex & 2) << 2);
			insn.memoryIndex = index == 4 ? Instruction.NONE : index;
			base = sib & 7;
			if (base == 5 && mod == 0) {
				insn.memoryDisplacement = (int) nextDword();
				applyOverride();
				return;
			}
		} else if (rm == 5 && mod == 0) {
			insn.memoryDisplacement = (int) nextDword();
			if (insn.bitness == 64) {
				insn.memoryBase = Instruction.RIP;
			}
			applyOverride();
			return;
		}
		insn.memoryBase = base | ((insn.rex & 1) << 3);
		if (insn.memoryBase == CpuState.RSP || insn.memoryBase == CpuState.RBP) {
			insn.memorySegment = SegmentRegister.SS.ordinal();
		}
		insn.memoryDisplacement = mod == 1 ? (byte) next() : mod == 2 ? (int) nextDword() : 0;
		applyOverride();
	}

	private void applyOverride() {
		if (insn.segmentOverride != Instruction.NONE) {
			insn.memorySegment = insn.segmentOverride;
		}
	}

	private void decodeOperand(OperandSpec spec, int opcodeByte) {
		int i = insn.operandCount++;
		int size = sizeOf(spec.size());
		insn.size[i] = size;
		int mod = modRm >> 6;
		int reg = ((modRm >> 3) & 7) | ((insn.rex & 4) << 1);
		int rm = (modRm & 7) | ((insn.rex & 1) << 3);
		switch (spec.method()) {
			case 'E' -> {
				if (mod == 3) {
					register(i, rm, size);
				} else {
					insn.kind[i] = Instruction.MEMORY;
				}
			}
			case 'M' -> {
				if (mod == 3) {
					throw undefined();
				}
				insn.kind[i] = Instruction.MEMORY;
			}
			case 'R' -> register(i, rm, size);
			case 'G' -> register(i, reg, size);
			case 'S' -> {
				int number = (modRm >> 3) & 7;
				if (number > 5 || (number == SegmentRegister.CS.ordinal() && i == 0)) {
					throw undefined();
				}
				insn.kind[i] = Instruction.SEGMENT_REGISTER;
				insn.register[i] = number;
			}
			case 'C' -> {
				if (reg == 1 || (reg > 4 && reg != 8)) {
					throw undefined();
				}
				insn.kind[i] = Instruction.CONTROL_REGISTER;
				insn.register[i] = reg;
			}
			case 'D' -> {
				if (reg > 7) {
					throw undefined();
				}
				insn.kind[i] = Instruction.DEBUG_REGISTER;
				insn.register[i] = reg;
			}
			case OperandSpec.OPCODE_REGISTER -> register(i, (opcodeByte & 7) | ((insn.rex & 1) << 3), size);
			case OperandSpec.FIXED_GPR -> {
				insn.kind[i] = Instruction.REGISTER;
				insn.register[i] = spec.fixedRegister();
			}
			case OperandSpec.FIXED_SEGMENT -> {
				insn.kind[i] = Instruction.SEGMENT_REGISTER;
				insn.register[i] = spec.fixedRegister();
			}
			case OperandSpec.CONSTANT_ONE -> {
				insn.kind[i] = Instruction.IMMEDIATE;
				insn.value[i] = 1;
			}
			case 'I' -> {
				insn.kind[i] = Instruction.IMMEDIATE;
				insn.value[i] = immediate(spec.size() == 'v' ? size : Math.min(size, 4));
			}
			case 'J' -> {
				insn.kind[i] = Instruction.RELATIVE;
				insn.value[i] = immediate(spec.size() == 'b' ? 1 : insn.operandSize == 2 ? 2 : 4);
			}
			case 'O' -> {
				insn.kind[i] = Instruction.MEMORY;
				insn.memoryDisplacement = insn.addressSize == 8 ? nextQword() : insn.addressSize == 4 ? nextDword() : nextWord();
				applyOverride();
			}
			case 'A' -> {
				insn.kind[i] = Instruction.FAR_POINTER;
				insn.value[i] = insn.operandSize == 2 ? nextWord() : nextDword();
				insn.farSelector = nextWord();
			}
			case 'X' -> {
				insn.kind[i] = Instruction.STRING_SOURCE;
				if (insn.segmentOverride != Instruction.NONE) {
					insn.memorySegment = insn.segmentOverride;
				}
			}
			case 'Y' -> insn.kind[i] = Instruction.STRING_DESTINATION;
			default -> throw new IllegalStateException("unknown addressing method " + spec.method());
		}
	}

	private void register(int operand, int number, int size) {
		insn.kind[operand] = Instruction.REGISTER;
		insn.register[operand] = size == 1 && insn.rex == 0 && number >= 4 && number < 8
				? CpuState.HIGH_BYTE + number - 4
				: number;
	}

	private int sizeOf(char code) {
		int v = insn.operandSize;
		return switch (code) {
			case 'b' -> 1;
			case 'w' -> 2;
			case 'd' -> 4;
			case 'q' -> 8;
			case 'v' -> v;
			case 'z' -> Math.min(v, 4);
			case 'y' -> v == 8 ? 8 : 4;
			case 'p' -> v + 2;
			case 's' -> insn.bitness == 64 ? 10 : 6;
			default -> 0;
		};
	}

	private long immediate(int size) {
		return switch (size) {
			case 1 -> (byte) next();
			case 2 -> (short) nextWord();
			case 4 -> (int) nextDword();
			default -> nextQword();
		};
	}

	private int next() {
		if (insn.length == Instruction.MAX_LENGTH) {
			throw CpuFault.of(ExceptionVector.GP, "instruction longer than 15 bytes at 0x" + Long.toHexString(start));
		}
		int b = source.byteAt(start + insn.length);
		insn.bytes[insn.length++] = (byte) b;
		return b;
	}

	private int nextWord() {
		return next() | next() << 8;
	}

	private long nextDword() {
		return nextWord() | (long) nextWord() << 16;
	}

	private long nextQword() {
		return nextDword() | nextDword() << 32;
	}

	private CpuFault undefined() {
		StringBuilder bytes = new StringBuilder();
		for (int i = 0; i < insn.length; i++) {
			bytes.append(String.format("%02x ", insn.bytes[i]));
		}
		return CpuFault.of(ExceptionVector.UD, "undefined opcode " + bytes.toString().trim() + " at 0x" + Long.toHexString(start));
	}
}
