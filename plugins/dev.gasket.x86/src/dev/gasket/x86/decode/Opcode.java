package dev.gasket.x86.decode;

import java.util.List;

/**
 * One row of the opcode table: an encoding form with its mnemonic, operation and operands.
 *
 * @param mnemonic the AT&T mnemonic; {@code a|b|c} lists spellings for 16|32|64-bit operand size
 *                 (e.g. {@code cbtw|cwtl|cltq})
 */
public record Opcode(String mnemonic, Operation operation, List<OperandSpec> operands, int attributes) {

	/** Not encodable in 64-bit mode (#UD there). */
	public static final int INVALID_IN_64 = 1;
	/** Only encodable in 64-bit mode. */
	public static final int ONLY_IN_64 = 2;
	/** Operand size defaults to 64 bits in 64-bit mode (push, pop, near branches through memory). */
	public static final int DEFAULT_64 = 4;
	/** Operand size is 64 bits in 64-bit mode whatever the prefixes (near relative branches). */
	public static final int FORCE_64 = 8;
	/** A {@code lock} prefix is allowed when the destination is memory. */
	public static final int LOCKABLE = 16;
	/** A string instruction: {@code rep} prefixes repeat it. */
	public static final int STRING = 32;
	/** Control and debug register moves: 64-bit in 64-bit mode, else 32-bit; mod is ignored. */
	public static final int MODE_SIZED = 64;
	/** Condition code in the low nibble of the last opcode byte. */
	public static final int CONDITIONAL = 128;

	public boolean has(int attribute) {
		return (attributes & attribute) != 0;
	}

	/** The spelling for an operand size of 2, 4 or 8 bytes. */
	public String mnemonic(int operandSize) {
		int bar = mnemonic.indexOf('|');
		if (bar < 0) {
			return mnemonic;
		}
		String[] spellings = mnemonic.split("\\|");
		return spellings[operandSize == 2 ? 0 : operandSize == 4 ? 1 : Math.min(2, spellings.length - 1)];
	}
}
