package dev.gasket.toolchain.elf;

/** What an ELF symbol names, from the type field of {@code st_info} (System V ABI, STT_*). */
public enum SymbolKind {
	NOTYPE,
	OBJECT,
	FUNC,
	SECTION,
	FILE,
	COMMON,
	TLS,
	/** An OS- or processor-specific type. */
	OTHER;

	static SymbolKind of(int elfType) {
		return switch (elfType) {
			case 0 -> NOTYPE;
			case 1 -> OBJECT;
			case 2 -> FUNC;
			case 3 -> SECTION;
			case 4 -> FILE;
			case 5 -> COMMON;
			case 6 -> TLS;
			default -> OTHER;
		};
	}
}
