package dev.gasket.toolchain.elf;

/**
 * One entry of an ELF symbol table.
 *
 * @param name        the symbol name
 * @param value       its value, for a linked executable the address
 * @param size        the size in bytes declared with {@code .size}, 0 if none
 * @param sectionName the section it is defined in, or {@code *UND*}, {@code *ABS*}, {@code *COM*} as objdump prints them
 * @param kind        what it names, as declared with {@code .type}
 */
public record ElfSymbol(String name, long value, long size, String sectionName, SymbolKind kind) {
}
