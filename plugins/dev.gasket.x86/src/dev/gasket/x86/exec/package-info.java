/** The interpreter: executes decoded instructions against the CPU state, the MMU and the I/O ports. */
package dev.gasket.x86.exec;
