package dev.gasket.debug.model.state;

/** Bytes at a linear address that a view shows, recorded at each suspend. */
record LinearRange(long address, int length) {
}
