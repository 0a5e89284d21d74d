/** The emulated machine and its debug API: run, step, breakpoints, watchpoints, snapshots. */
package dev.gasket.x86.machine;
