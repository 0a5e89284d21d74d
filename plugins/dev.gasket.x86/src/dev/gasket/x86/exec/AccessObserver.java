package dev.gasket.x86.exec;

/** Told about every data access an instruction makes (not instruction fetches), for watchpoints. */
@FunctionalInterface
public interface AccessObserver {

	void accessed(long linearAddress, int size, boolean write);
}
