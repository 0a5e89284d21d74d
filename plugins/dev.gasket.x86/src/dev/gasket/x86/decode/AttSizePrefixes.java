package dev.gasket.x86.decode;

import java.util.EnumSet;
import java.util.Set;

/**
 * Whether the size prefixes ({@code 66}, {@code 67}) and the REX bits of an instruction show in objdump's
 * text of it; objdump names those that do not ({@code data16}, {@code addr32}, {@code rex.W}).
 */
final class AttSizePrefixes {

	/** Operations whose size shows in the mnemonic or operands though no operand spec is sized by it. */
	private static final Set<Operation> SIZED_WITHOUT_OPERANDS = EnumSet.of(
			Operation.PUSH, Operation.POP, Operation.CONVERT_ACCUMULATOR, Operation.CONVERT_TO_DX,
			Operation.PUSHF, Operation.POPF, Operation.PUSHA, Operation.POPA, Operation.IRET, Operation.RET,
			Operation.RET_FAR, Operation.LEAVE, Operation.ENTER, Operation.SGDT, Operation.SIDT, Operation.LGDT,
			Operation.LIDT);

	private AttSizePrefixes() {
	}

	/** objdump names a REX prefix (all its bits, e.g. {@code rex.WX}) when the instruction leaves any bit unused. */
	static String rex(Instruction insn, int prefix, boolean effective) {
		int bits = prefix & 0xf;
		boolean unused = !effective || (bits == 0 ? !hasRexOnlyByteRegister(insn) : (bits & ~usedRexBits(insn)) != 0);
		if (!unused) {
			return null;
		}
		StringBuilder word = new StringBuilder(bits == 0 ? "rex" : "rex.");
		String letters = "WRXB";
		for (int bit = 0; bit < 4; bit++) {
			if ((bits & (8 >> bit)) != 0) {
				word.append(letters.charAt(bit));
			}
		}
		return word.toString();
	}

	private static int usedRexBits(Instruction insn) {
		int used = usesRexW(insn) ? 8 : 0;
		if (insn.sib() != Instruction.NONE) {
			used |= 2;
		}
		if (insn.hasMemoryOperand() && insn.modRm() != Instruction.NONE) {
			used |= 1; // objdump counts REX.B as read for every ModRM memory operand, RIP-relative ones too
		}
		for (int i = 0; i < insn.operandCount(); i++) {
			char method = insn.opcode().operands().get(i).method();
			if (method == 'G' || method == 'C' || method == 'D') {
				used |= 4;
			} else if (method == OperandSpec.OPCODE_REGISTER || ((method == 'E' || method == 'R') && insn.kind(i) == Instruction.REGISTER)) {
				used |= 1;
			}
		}
		return used;
	}

	/** Whether REX.W selects the operand size here (it does not where the size is 64 bits anyway or fixed). */
	private static boolean usesRexW(Instruction insn) {
		Opcode opcode = insn.opcode();
		if (opcode.has(Opcode.FORCE_64) || opcode.has(Opcode.DEFAULT_64) || opcode.has(Opcode.MODE_SIZED)) {
			return false;
		}
		if (SIZED_WITHOUT_OPERANDS.contains(insn.operation())) {
			return !AttMnemonic.isDescriptorTable(insn.operation());
		}
		if (isSegmentStore(insn)) {
			return false;
		}
		for (int i = 0; i < insn.operandCount(); i++) {
			if ("vyp".indexOf(opcode.operands().get(i).size()) >= 0 || isSizedRegister(insn, i)) {
				return true;
			}
		}
		return false;
	}

	/** spl, bpl, sil or dil: byte registers that exist only with a REX prefix. */
	private static boolean hasRexOnlyByteRegister(Instruction insn) {
		for (int i = 0; i < insn.operandCount(); i++) {
			int number = insn.register(i);
			if (insn.kind(i) == Instruction.REGISTER && insn.size(i) == 1 && number >= 4 && number < 8) {
				return true;
			}
		}
		return false;
	}

	/** Whether a {@code 66} prefix shows in the text without a word: it sets the size, and REX.W does not. */
	static boolean showsOperandSizePrefix(Instruction insn) {
		return usesOperandSize(insn) && (insn.rex() & 8) == 0;
	}

	/** Whether the operand size shows in the mnemonic or the operands. */
	static boolean usesOperandSize(Instruction insn) {
		Opcode opcode = insn.opcode();
		Operation operation = insn.operation();
		if (opcode.has(Opcode.MODE_SIZED) || (insn.bitness() == 64
				&& (opcode.has(Opcode.FORCE_64) || AttMnemonic.isDescriptorTable(operation)))) {
			return false;
		}
		if (SIZED_WITHOUT_OPERANDS.contains(operation) || AttMnemonic.isXchgNop(insn)) {
			return true;
		}
		if (isSegmentStore(insn)) {
			return false;
		}
		for (int i = 0; i < insn.operandCount(); i++) {
			OperandSpec spec = opcode.operands().get(i);
			if ("vzyp".indexOf(spec.size()) >= 0 || isSizedRegister(insn, i)) {
				return true;
			}
		}
		return false;
	}

	/** {@code mov %sreg,mem}: always a 16-bit store, whatever the operand size. */
	private static boolean isSegmentStore(Instruction insn) {
		return insn.operation() == Operation.MOV && insn.kind(0) == Instruction.MEMORY
				&& insn.kind(1) == Instruction.SEGMENT_REGISTER;
	}

	/**
	 * A register that objdump names by the operand size though the row sizes it otherwise: the whole
	 * register sldt and friends write, the source of a mov to a segment register, and the (undefined)
	 * 16-bit form of bswap.
	 */
	static boolean isSizedRegister(Instruction insn, int i) {
		return insn.kind(i) == Instruction.REGISTER && switch (insn.operation()) {
			case SLDT, STR, SMSW, BSWAP -> true;
			case MOV -> insn.kind(0) == Instruction.SEGMENT_REGISTER;
			default -> false;
		};
	}

	/** Whether the address size shows in the operands or the mnemonic, so a {@code 67} prefix needs no word. */
	static boolean usesAddressSize(Instruction insn) {
		if (insn.hasMemoryOperand()) {
			return !AttOperands.needsAddressSizeWord(insn);
		}
		return switch (insn.operation()) {
			case MOVS, CMPS, STOS, LODS, SCAS, XLAT, LOOP, LOOPE, LOOPNE, JCXZ -> true;
			default -> false;
		};
	}
}
