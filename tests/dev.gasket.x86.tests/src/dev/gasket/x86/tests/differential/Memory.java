package dev.gasket.x86.tests.differential;

/**
 * A memory operand.
 *
 * @param address the effective address the generator aimed at (for {@code lea}, any value)
 */
record Memory(String text, boolean needsRex, long address) implements Operand {
}
