package dev.gasket.toolchain.dwarf;

/**
 * One row of the line-number matrix.
 *
 * @param address     the address of the first byte of code for the location
 * @param location    the source line the code at {@code address} was generated from
 * @param statement   whether the row is a recommended breakpoint location (the is_stmt register)
 * @param endSequence whether the row marks the first byte after a sequence of code; its location is meaningless
 */
public record LineRow(long address, SourceLocation location, boolean statement, boolean endSequence) {
}
