package dev.gasket.x86.tests.differential;

/** A generated case with its code and how it ended on the host CPU. */
record HostCase(long index, AssembledSnippet assembled, Outcome host) {
}
