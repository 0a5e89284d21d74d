package dev.gasket.lang.structure;

/**
 * One branch of an {@code .if}/{@code #if} block a line lies in: two lines in different branches of the same block
 * are never assembled together.
 *
 * @param blockId the block, unique within the file
 * @param branch 0 for the first branch, counting up at each {@code .elseif}/{@code .else}/{@code #elif}/{@code #else}
 */
public record ConditionalBranch(int blockId, int branch) {
}
