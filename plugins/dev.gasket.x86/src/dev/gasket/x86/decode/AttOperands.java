package dev.gasket.x86.decode;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;

import dev.gasket.x86.cpu.CpuState;
import dev.gasket.x86.cpu.SegmentRegister;

/** objdump's AT&T text for the operands of a decoded instruction, in AT&T order (source first). */
final class AttOperands {

	/** Operations whose byte immediate objdump shows sign-extended to the operand size. */
	private static final Set<Operation> SIGN_EXTENDED_BYTE = EnumSet.of(
			Operation.ADD, Operation.OR, Operation.ADC, Operation.SBB, Operation.AND, Operation.SUB,
			Operation.XOR, Operation.CMP, Operation.IMUL, Operation.PUSH);

	private AttOperands() {
	}

	static List<String> of(Instruction insn, long address) {
		List<String> operands = new ArrayList<>();
		if (AttMnemonic.isXchgNop(insn)) {
			String accumulator = AttRegisters.name(CpuState.RAX, insn.operandSize());
			return List.of(accumulator, accumulator);
		}
		if (insn.operation() == Operation.XLAT) {
			return List.of(segment(insn, SegmentRegister.DS.ordinal()) + "("
					+ AttRegisters.name(CpuState.RBX, insn.addressSize()) + ")");
		}
		for (int i = 0; i < insn.operandCount(); i++) {
			OperandSpec spec = insn.opcode().operands().get(i);
			if (spec.method() != OperandSpec.CONSTANT_ONE) {
				operands.add(operand(insn, i, spec, address));
			}
		}
		if (insn.operation() != Operation.ENTER) {
			Collections.reverse(operands);
		}
		return operands;
	}

	/** The absolute address the text shows for a relative branch or a RIP-relative operand, if there is one. */
	static OptionalLong shownAddress(Instruction insn, long address) {
		for (int i = 0; i < insn.operandCount(); i++) {
			if (insn.kind(i) == Instruction.RELATIVE) {
				return OptionalLong.of(branchTarget(insn, i, insn.opcode().operands().get(i), address));
			}
		}
		if (insn.memoryBase() == Instruction.RIP && insn.hasMemoryOperand()) {
			return OptionalLong.of(ripRelativeTarget(insn, address));
		}
		return OptionalLong.empty();
	}

	/** The address a RIP-relative operand refers to: relative to the end of the instruction. */
	static long ripRelativeTarget(Instruction insn, long address) {
		return insn.memoryDisplacement() + address + insn.length();
	}

	private static String operand(Instruction insn, int i, OperandSpec spec, long address) {
		return switch (insn.kind(i)) {
			case Instruction.REGISTER -> register(insn, i, spec);
			case Instruction.MEMORY -> (isIndirectBranch(insn) ? "*" : "") + memory(insn);
			case Instruction.IMMEDIATE -> "$0x" + Long.toHexString(truncate(insn.value(i), immediateSize(insn, i, spec)));
			case Instruction.RELATIVE -> "0x" + Long.toHexString(branchTarget(insn, i, spec, address));
			case Instruction.FAR_POINTER -> "$0x" + Integer.toHexString(insn.farSelector()) + ",$0x" + Long.toHexString(insn.value(i));
			case Instruction.SEGMENT_REGISTER -> SegmentRegister.of(insn.register(i)).attName();
			case Instruction.CONTROL_REGISTER -> "%cr" + insn.register(i);
			case Instruction.DEBUG_REGISTER -> "%db" + insn.register(i);
			case Instruction.STRING_SOURCE -> segment(insn, SegmentRegister.DS.ordinal()) + "("
					+ AttRegisters.name(CpuState.RSI, insn.addressSize()) + ")";
			case Instruction.STRING_DESTINATION -> "%es:(" + AttRegisters.name(CpuState.RDI, insn.addressSize()) + ")";
			default -> throw new IllegalStateException("operand kind " + insn.kind(i) + " of " + insn.opcode());
		};
	}

	private static String register(Instruction insn, int i, OperandSpec spec) {
		Operation operation = insn.operation();
		if ((operation == Operation.IN || operation == Operation.OUT) && spec.method() == OperandSpec.FIXED_GPR
				&& spec.size() == 'w') {
			return "(%dx)";
		}
		int size = AttSizePrefixes.isSizedRegister(insn, i) ? insn.operandSize() : insn.size(i);
		String name = AttRegisters.name(insn.register(i), size);
		return isIndirectBranch(insn) ? "*" + name : name;
	}

	private static boolean isIndirectBranch(Instruction insn) {
		return switch (insn.operation()) {
			case CALL, JMP, CALL_FAR, JMP_FAR -> true;
			default -> false;
		};
	}

	/** Bytes of the value an immediate shows: objdump prints it as an unsigned number of that width. */
	private static int immediateSize(Instruction insn, int i, OperandSpec spec) {
		int destinationSize = i > 0 ? insn.size(0) : insn.operandSize();
		return switch (spec.size()) {
			case 'b' -> SIGN_EXTENDED_BYTE.contains(insn.operation()) ? destinationSize : 1;
			case 'w' -> 2;
			default -> destinationSize;
		};
	}

	/**
	 * The target as objdump computes it: with a 16-bit displacement it wraps within 64 KiB (in 16-bit code,
	 * within the 64 KiB block the instruction is in), otherwise at the mode's address width.
	 */
	private static long branchTarget(Instruction insn, int i, OperandSpec spec, long address) {
		long target = address + insn.length() + insn.value(i);
		if (spec.size() != 'b' && insn.operandSize() == 2) {
			long block = insn.bitness() == 16 ? address & ~0xffffL : 0;
			return truncate(block | (target & 0xffff), 4);
		}
		return truncate(target, insn.bitness() == 64 ? 8 : 4);
	}

	static long truncate(long value, int size) {
		return size >= 8 ? value : value & ((1L << (size * 8)) - 1);
	}

	/** Whether a segment override prefix shows inside an operand ({@code %fs:...}) rather than as a word. */
	static boolean showsSegmentOverride(Instruction insn) {
		int segment = insn.segmentOverride();
		if (segment == SegmentRegister.DS.ordinal() && AttPrefixes.isNotrack(insn)) {
			return false;
		}
		boolean ignoredIn64 = insn.bitness() == 64 && segment != SegmentRegister.FS.ordinal()
				&& segment != SegmentRegister.GS.ordinal();
		return !ignoredIn64 && (insn.hasMemoryOperand() || readsThroughSi(insn));
	}

	/** A string source or xlat's table: memory addressed by rSI or rBX in DS unless overridden. */
	static boolean readsThroughSi(Instruction insn) {
		if (insn.operation() == Operation.XLAT) {
			return true;
		}
		for (int i = 0; i < insn.operandCount(); i++) {
			if (insn.kind(i) == Instruction.STRING_SOURCE) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether objdump marks the address size with {@code addr16}/{@code addr32} because no register in the
	 * operand shows it: a moffs operand of another size than the mode's, or an absolute 32-bit ModRM address
	 * outside 32-bit code.
	 */
	static boolean needsAddressSizeWord(Instruction insn) {
		if (!insn.hasMemoryOperand() || insn.memoryBase() != Instruction.NONE || insn.memoryIndex() != Instruction.NONE
				|| hasRedundantSib(insn)) {
			return false;
		}
		if (insn.modRm() == Instruction.NONE) {
			return insn.addressSize() != AttMnemonic.defaultAddressSize(insn);
		}
		return insn.addressSize() == 4 && insn.bitness() != 32;
	}

	private static String segment(Instruction insn, int defaultSegment) {
		int segment = insn.segmentOverride() != Instruction.NONE && showsSegmentOverride(insn)
				? insn.segmentOverride() : defaultSegment;
		return SegmentRegister.of(segment).attName() + ":";
	}

	private static String memory(Instruction insn) {
		StringBuilder text = new StringBuilder();
		if (insn.segmentOverride() != Instruction.NONE && showsSegmentOverride(insn)) {
			text.append(SegmentRegister.of(insn.segmentOverride()).attName()).append(':');
		}
		int base = insn.memoryBase();
		int index = insn.memoryIndex();
		long displacement = insn.memoryDisplacement();
		if (base == Instruction.NONE && index == Instruction.NONE && !hasRedundantSib(insn)) {
			if (insn.addressSize() == 2 && insn.modRm() != Instruction.NONE && displacement < 0) {
				// objdump shows a 16-bit ModRM absolute address signed (but a moffs one unsigned).
				return text.append("-0x").append(Long.toHexString(-displacement)).toString();
			}
			return text.append("0x").append(Long.toHexString(truncate(displacement, insn.addressSize()))).toString();
		}
		int mod = insn.modRm() >> 6;
		if (mod == 1 || mod == 2 || base == Instruction.NONE || base == Instruction.RIP) {
			text.append(displacement < 0 ? "-0x" : "0x").append(Long.toHexString(Math.abs(displacement)));
		}
		text.append('(');
		if (base == Instruction.RIP) {
			text.append(insn.addressSize() == 4 ? "%eip" : "%rip");
		} else if (base != Instruction.NONE) {
			text.append(AttRegisters.name(base, insn.addressSize()));
		}
		if (index != Instruction.NONE) {
			text.append(',').append(AttRegisters.name(index, insn.addressSize()));
			if (insn.addressSize() != 2) {
				text.append(',').append(1 << insn.memoryScale());
			}
		} else if (hasRedundantSib(insn)) {
			text.append(insn.addressSize() == 4 ? ",%eiz," : ",%riz,").append(1 << insn.memoryScale());
		}
		return text.append(')').toString();
	}

	/**
	 * A SIB byte without index that was not needed for the base (rSP/r12): objdump shows its scale with the
	 * pseudo index {@code %eiz}/{@code %riz}.
	 */
	private static boolean hasRedundantSib(Instruction insn) {
		if (insn.sib() == Instruction.NONE || insn.memoryIndex() != Instruction.NONE) {
			return false;
		}
		if (insn.memoryScale() != 0) {
			return true;
		}
		int base = insn.memoryBase();
		// An absolute address: 64-bit code needs the SIB form; 16-bit code gets addr32 instead.
		return base == Instruction.NONE ? insn.addressSize() == 4 && insn.bitness() != 16 : (base & 7) != CpuState.RSP;
	}
}
