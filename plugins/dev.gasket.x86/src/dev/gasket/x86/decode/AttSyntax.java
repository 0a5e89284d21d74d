package dev.gasket.x86.decode;

import java.util.List;
import java.util.OptionalLong;

/**
 * Disassembly text in AT&T syntax, spelled the way GNU objdump ({@code objdump -d}, binutils 2.40) prints
 * the instructions of {@link OpcodeTable}: prefixes such as {@code lock} and {@code rep} before the
 * mnemonic, the mnemonic padded to objdump's column, operands in AT&T order, and for RIP-relative
 * operands objdump's {@code # 0x...} comment with the absolute address.
 */
public final class AttSyntax {

	/** objdump pads the mnemonic (with its prefixes) to this width, then adds one space. */
	private static final int MNEMONIC_WIDTH = 6;
	private static final String COMMENT_GAP = "        ";

	private AttSyntax() {
	}

	/**
	 * The instruction's text; {@code address} is where it is, so that relative branches and RIP-relative
	 * operands show absolute addresses as objdump does.
	 */
	public static String format(Instruction insn, long address) {
		String mnemonic = AttPrefixes.of(insn) + AttMnemonic.of(insn);
		List<String> operands = AttOperands.of(insn, address);
		if (operands.isEmpty()) {
			return mnemonic;
		}
		StringBuilder text = new StringBuilder(mnemonic);
		do {
			text.append(' ');
		} while (text.length() < MNEMONIC_WIDTH + 1);
		text.append(String.join(",", operands));
		if (insn.memoryBase() == Instruction.RIP && insn.hasMemoryOperand()) {
			text.append(COMMENT_GAP).append("# 0x").append(Long.toHexString(AttOperands.ripRelativeTarget(insn, address)));
		}
		return text.toString();
	}

	/**
	 * The absolute address {@link #format} shows for a relative branch target or in the comment of a RIP-relative
	 * operand, where objdump adds {@code <symbol+offset>}; empty for other instructions.
	 */
	public static OptionalLong shownAddress(Instruction insn, long address) {
		return AttOperands.shownAddress(insn, address);
	}
}
