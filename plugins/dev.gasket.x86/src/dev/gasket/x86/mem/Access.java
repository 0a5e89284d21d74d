package dev.gasket.x86.mem;

/** The kind of a memory access, as paging checks it and the page-fault error code reports it. */
public enum Access {
	READ,
	WRITE,
	/** An instruction fetch. */
	EXECUTE
}
