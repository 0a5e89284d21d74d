package dev.gasket.x86.decode;

import dev.gasket.x86.cpu.SegmentRegister;

/**
 * The prefix words objdump prints before a mnemonic, in the order of the prefix bytes: {@code lock},
 * the repeat family ({@code rep}, {@code repz}, {@code repnz}, {@code bnd}, {@code xacquire},
 * {@code xrelease}, {@code notrack}), and the name of any prefix the operands do not already show
 * ({@code data16}, {@code addr32}, {@code es}, ...).
 */
final class AttPrefixes {

	private static final int LOCK = 0xf0, REPNE = 0xf2, REP = 0xf3, OPERAND_SIZE = 0x66, ADDRESS_SIZE = 0x67;
	/** By segment register number. */
	private static final int[] SEGMENT_PREFIXES = { 0x26, 0x2e, 0x36, 0x3e, 0x64, 0x65 };

	private AttPrefixes() {
	}

	/** The words, each followed by a space. */
	static String of(Instruction insn) {
		byte[] bytes = insn.bytes();
		int count = count(insn, bytes);
		// objdump counts the last segment prefix as the one used, even when 64-bit code ignores it.
		int effectiveSegment = lastIndexOf(bytes, count, SEGMENT_PREFIXES);
		int effectiveRepeat = lastIndexOf(bytes, count, REPNE, REP);
		int effectiveOperandSize = lastIndexOf(bytes, count, OPERAND_SIZE);
		int effectiveAddressSize = lastIndexOf(bytes, count, ADDRESS_SIZE);
		StringBuilder words = new StringBuilder();
		for (int i = 0; i < count; i++) {
			int prefix = bytes[i] & 0xff;
			String word = switch (prefix) {
				case LOCK -> "lock";
				case REPNE -> i == effectiveRepeat ? repne(insn) : "repnz";
				case REP -> i == effectiveRepeat ? rep(insn) : "repz";
				case OPERAND_SIZE -> i == effectiveOperandSize && AttSizePrefixes.showsOperandSizePrefix(insn) ? null
						: insn.bitness() == 16 ? "data32" : "data16";
				case ADDRESS_SIZE -> i == effectiveAddressSize && AttSizePrefixes.usesAddressSize(insn) ? null
						: insn.bitness() == 32 ? "addr16" : "addr32";
				case 0x26, 0x2e, 0x36, 0x3e, 0x64, 0x65 -> segment(insn, prefix, i == effectiveSegment);
				default -> AttSizePrefixes.rex(insn, prefix, i == count - 1);
			};
			if (word != null) {
				words.append(word).append(' ');
			}
		}
		return words.toString();
	}

	static boolean has(Instruction insn, int prefix) {
		byte[] bytes = insn.bytes();
		return lastIndexOf(bytes, count(insn, bytes), prefix) >= 0;
	}

	/** The number of prefix bytes (legacy and REX) before the opcode. */
	private static int count(Instruction insn, byte[] bytes) {
		int count = 0;
		while (count < bytes.length && isPrefix(insn, bytes[count] & 0xff)) {
			count++;
		}
		return count;
	}

	private static boolean isPrefix(Instruction insn, int b) {
		return switch (b) {
			case 0x66, 0x67, 0xf0, 0xf2, 0xf3, 0x26, 0x2e, 0x36, 0x3e, 0x64, 0x65 -> true;
			default -> insn.bitness() == 64 && (b & 0xf0) == 0x40;
		};
	}

	private static int lastIndexOf(byte[] bytes, int count, int... prefixes) {
		for (int i = count - 1; i >= 0; i--) {
			for (int prefix : prefixes) {
				if ((bytes[i] & 0xff) == prefix) {
					return i;
				}
			}
		}
		return -1;
	}

	private static String repne(Instruction insn) {
		if (isNearBranch(insn)) {
			return "bnd";
		}
		return isAcquireOrReleaseCandidate(insn) ? "xacquire" : "repnz";
	}

	private static String rep(Instruction insn) {
		if (AttMnemonic.isPause(insn)) {
			return null;
		}
		if (isAcquireOrReleaseCandidate(insn) || isStoreToMemory(insn)) {
			return "xrelease";
		}
		return switch (insn.operation()) {
			case MOVS, STOS, LODS -> "rep";
			default -> "repz";
		};
	}

	private static String segment(Instruction insn, int prefix, boolean effective) {
		int number = 0;
		while (SEGMENT_PREFIXES[number] != prefix) {
			number++;
		}
		if (effective && AttMnemonic.hasBranchHint(insn)) {
			return null;
		}
		if (number == SegmentRegister.DS.ordinal() && isNotrack(insn)) {
			return "notrack";
		}
		boolean silentIn64 = insn.bitness() == 64 && AttOperands.readsThroughSi(insn); // objdump's habit
		if (effective && (AttOperands.showsSegmentOverride(insn) || silentIn64)) {
			return null;
		}
		return SegmentRegister.of(number).name().toLowerCase();
	}

	/** A {@code ds} prefix on an indirect near call or jump marks it for CET's indirect branch tracking. */
	static boolean isNotrack(Instruction insn) {
		return (insn.operation() == Operation.CALL || insn.operation() == Operation.JMP)
				&& insn.kind(0) != Instruction.RELATIVE;
	}

	private static boolean isNearBranch(Instruction insn) {
		return switch (insn.operation()) {
			case CALL, JMP, RET, JCC -> true;
			default -> false;
		};
	}

	/** A locked read-modify-write of memory, or xchg with memory (locked implicitly). */
	private static boolean isAcquireOrReleaseCandidate(Instruction insn) {
		return (insn.lock() && insn.kind(0) == Instruction.MEMORY)
				|| (insn.operation() == Operation.XCHG && insn.hasMemoryOperand());
	}

	/** {@code mov} of a register or an immediate to a ModRM memory operand. */
	private static boolean isStoreToMemory(Instruction insn) {
		return insn.operation() == Operation.MOV && insn.modRm() != Instruction.NONE
				&& insn.kind(0) == Instruction.MEMORY && insn.kind(1) != Instruction.SEGMENT_REGISTER;
	}


}
