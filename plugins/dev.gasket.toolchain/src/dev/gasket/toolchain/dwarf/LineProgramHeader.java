package dev.gasket.toolchain.dwarf;

/**
 * The header of one line-number program (one unit of {@code .debug_line}) as far as running the program needs it.
 *
 * @param unitOffset                      where the unit starts in the section
 * @param encoding                        version, offset and address size of the unit
 * @param minimumInstructionLength        the factor for address advances
 * @param maximumOperationsPerInstruction for VLIW targets; 1 on x86
 * @param defaultIsStmt                   the initial value of the is_stmt register
 * @param lineBase                        the smallest line advance of a special opcode
 * @param lineRange                       how many line advances special opcodes cover
 * @param opcodeBase                      the number of the first special opcode
 * @param standardOpcodeLengths           the operand count of standard opcode {@code i + 1} at index {@code i}
 * @param files                           the file table
 * @param programStart                    where the opcodes start in the section
 * @param unitEnd                         where the unit (and its program) ends in the section
 */
record LineProgramHeader(long unitOffset, UnitEncoding encoding, int minimumInstructionLength,
		int maximumOperationsPerInstruction, boolean defaultIsStmt, int lineBase, int lineRange, int opcodeBase,
		int[] standardOpcodeLengths, FileTable files, int programStart, int unitEnd) {
}
