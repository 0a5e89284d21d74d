package dev.gasket.debug.engine;

/**
 * A span of physical memory.
 *
 * @param start  the first address
 * @param length the number of bytes
 */
public record MemoryRange(long start, long length) {
}
