package dev.gasket.toolchain.dwarf;

import java.nio.file.Path;

/**
 * A line of a source file.
 *
 * @param file the file: DWARF directory and file name joined, relative names resolved against the compilation
 *             directory, normalized; relative only if the debug information gives no compilation directory
 * @param line the 1-based line number
 */
public record SourceLocation(Path file, int line) {
}
