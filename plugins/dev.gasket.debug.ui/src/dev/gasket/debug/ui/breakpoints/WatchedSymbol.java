package dev.gasket.debug.ui.breakpoints;

import org.eclipse.core.resources.IFile;

/**
 * A data symbol a watchpoint can watch, at its definition.
 *
 * @param name the symbol, e.g. {@code tr_lock}
 * @param file the workspace file that defines it
 * @param line the 1-based line of its definition
 */
public record WatchedSymbol(String name, IFile file, int line) {
}
