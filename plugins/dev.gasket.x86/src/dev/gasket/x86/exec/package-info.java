/** The interpreter: executes decoded instructions against the CPU state, the MMU and the ports. */
package dev.gasket.x86.exec;
