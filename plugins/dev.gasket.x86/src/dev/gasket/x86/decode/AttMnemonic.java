package dev.gasket.x86.decode;

import java.util.EnumSet;
import java.util.Set;

import dev.gasket.x86.cpu.SegmentRegister;

/**
 * objdump's AT&T mnemonic for a decoded instruction: condition codes filled in, and the operand size
 * suffix ({@code b/w/l/q}) exactly where objdump shows one.
 */
final class AttMnemonic {

	private static final String[] CONDITIONS = {
		"o", "no", "b", "ae", "e", "ne", "be", "a", "s", "ns", "p", "np", "l", "ge", "le", "g" };

	/** Operations whose size objdump spells out when the operand that has the size is in memory. */
	private static final Set<Operation> SIZED_BY_MEMORY = EnumSet.of(
			Operation.ADD, Operation.OR, Operation.ADC, Operation.SBB, Operation.AND, Operation.SUB,
			Operation.XOR, Operation.CMP, Operation.TEST, Operation.INC, Operation.DEC, Operation.NOT,
			Operation.NEG, Operation.MUL, Operation.IMUL_WIDE, Operation.DIV, Operation.IDIV,
			Operation.ROL, Operation.ROR, Operation.RCL, Operation.RCR, Operation.SHL, Operation.SHR,
			Operation.SAR, Operation.MOV, Operation.BT, Operation.BTS, Operation.BTR, Operation.BTC,
			Operation.NOP);

	/** Stack and control-transfer operations: objdump adds a suffix only for a size other than the mode's. */
	private static final Set<Operation> SIZED_WHEN_NOT_DEFAULT = EnumSet.of(
			Operation.PUSH, Operation.POP, Operation.CALL, Operation.JMP, Operation.RET, Operation.RET_FAR,
			Operation.IRET, Operation.PUSHF, Operation.POPF, Operation.PUSHA, Operation.POPA,
			Operation.CALL_FAR, Operation.JMP_FAR, Operation.ENTER, Operation.LEAVE);

	private static final Set<Operation> DESCRIPTOR_TABLE = EnumSet.of(
			Operation.SGDT, Operation.SIDT, Operation.LGDT, Operation.LIDT);

	private AttMnemonic() {
	}

	static String of(Instruction insn) {
		Opcode opcode = insn.opcode();
		String name = opcode.mnemonic(insn.operandSize());
		if (opcode.has(Opcode.CONDITIONAL)) {
			name = name.replace("*", CONDITIONS[insn.condition()]);
		}
		Operation operation = insn.operation();
		String hint = hasBranchHint(insn) ? branchHint(insn.segmentOverride()) : "";
		return spelled(insn, name, operation) + hint;
	}

	/** The mnemonic with the size suffix or the special spelling objdump uses. */
	private static String spelled(Instruction insn, String name, Operation operation) {
		if (isPause(insn)) {
			return "pause";
		}
		if (isXchgNop(insn)) {
			return "xchg";
		}
		if (operation == Operation.JCXZ) {
			return insn.addressSize() == 2 ? "jcxz" : insn.addressSize() == 4 ? "jecxz" : "jrcxz";
		}
		if (operation == Operation.LOOP || operation == Operation.LOOPE || operation == Operation.LOOPNE) {
			return insn.addressSize() == defaultAddressSize(insn) ? name : name + suffix(insn.addressSize());
		}
		if (operation == Operation.MOV && isMovabs(insn)) {
			return "movabs";
		}
		if (operation == Operation.MOVS || operation == Operation.CMPS) {
			return name + suffix(insn.size(0));
		}
		if (DESCRIPTOR_TABLE.contains(operation)) {
			return insn.bitness() == 64 ? name : name + suffix(insn.operandSize());
		}
		if (SIZED_WHEN_NOT_DEFAULT.contains(operation)) {
			boolean shown = AttSizePrefixes.usesOperandSize(insn) && insn.operandSize() != defaultOperandSize(insn)
					&& !hasGeneralRegister(insn);
			return shown ? name + suffix(insn.operandSize()) : name;
		}
		if (SIZED_BY_MEMORY.contains(operation)) {
			int memory = sizedMemoryOperand(insn);
			return memory < 0 ? name : name + suffix(insn.size(memory));
		}
		return name;
	}

	/** A move with a 64-bit immediate or a 64-bit moffs address. */
	private static boolean isMovabs(Instruction insn) {
		for (int i = 0; i < insn.operandCount(); i++) {
			boolean moffs = insn.kind(i) == Instruction.MEMORY && insn.modRm() == Instruction.NONE;
			if (moffs ? insn.addressSize() == 8 : insn.kind(i) == Instruction.IMMEDIATE && insn.size(i) == 8) {
				return true;
			}
		}
		return false;
	}

	/** Whether a {@code cs} or {@code ds} prefix is a static branch prediction hint, on a conditional branch. */
	static boolean hasBranchHint(Instruction insn) {
		boolean conditional = switch (insn.operation()) {
			case JCC, LOOP, LOOPE, LOOPNE, JCXZ -> true;
			default -> false;
		};
		return conditional && insn.segmentOverride() != Instruction.NONE && branchHint(insn.segmentOverride()) != null;
	}

	private static String branchHint(int segment) {
		if (segment == SegmentRegister.CS.ordinal()) {
			return ",pn";
		}
		return segment == SegmentRegister.DS.ordinal() ? ",pt" : null;
	}

	static boolean isDescriptorTable(Operation operation) {
		return DESCRIPTOR_TABLE.contains(operation);
	}

	/** {@code f3 90}. */
	static boolean isPause(Instruction insn) {
		return isOpcode90(insn) && insn.repeatPrefix() == 0xf3;
	}

	/** {@code 90} with an operand-size prefix, which objdump shows as {@code xchg %ax,%ax}. */
	static boolean isXchgNop(Instruction insn) {
		return isOpcode90(insn) && insn.repeatPrefix() == 0 && AttPrefixes.has(insn, 0x66) && (insn.rex() & 8) == 0;
	}

	private static boolean isOpcode90(Instruction insn) {
		return insn.operation() == Operation.NOP && insn.opcode().operands().isEmpty();
	}

	/**
	 * The memory operand whose size a suffix must tell, or -1: the row's other operands (immediates, the
	 * shift count) do not tell it.
	 */
	private static int sizedMemoryOperand(Instruction insn) {
		int memory = -1;
		for (int i = 0; i < insn.operandCount(); i++) {
			char method = insn.opcode().operands().get(i).method();
			if (method == 'E' && insn.kind(i) == Instruction.MEMORY) {
				memory = i;
			} else if (method != 'I' && method != OperandSpec.CONSTANT_ONE && method != OperandSpec.FIXED_GPR
					&& method != 'E') {
				return -1;
			}
		}
		return memory;
	}

	private static boolean hasGeneralRegister(Instruction insn) {
		for (int i = 0; i < insn.operandCount(); i++) {
			if (insn.kind(i) == Instruction.REGISTER) {
				return true;
			}
		}
		return false;
	}

	static int defaultOperandSize(Instruction insn) {
		return switch (insn.bitness()) {
			case 16 -> 2;
			case 32 -> 4;
			default -> insn.opcode().has(Opcode.DEFAULT_64) || insn.opcode().has(Opcode.FORCE_64) ? 8 : 4;
		};
	}

	static int defaultAddressSize(Instruction insn) {
		return insn.bitness() / 8;
	}

	private static String suffix(int size) {
		return switch (size) {
			case 1 -> "b";
			case 2 -> "w";
			case 4 -> "l";
			default -> "q";
		};
	}
}
