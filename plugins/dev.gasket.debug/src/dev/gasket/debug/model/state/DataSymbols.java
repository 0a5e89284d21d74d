package dev.gasket.debug.model.state;

import java.util.Comparator;
import java.util.List;
import java.util.Set;

import dev.gasket.debug.engine.ProgramImage;
import dev.gasket.toolchain.elf.ElfSymbol;
import dev.gasket.toolchain.elf.SymbolKind;

/**
 * Which symbols the Variables view lists: those declared {@code @object} (or common), and untyped ones defined in a
 * data, read-only data or bss section; sorted by address. The boundary symbols ld defines itself are left out.
 */
final class DataSymbols {

	private static final List<String> DATA_SECTIONS = List.of(".data", ".bss", ".rodata", "*COM*");
	private static final Set<String> LINKER_DEFINED = Set.of("__bss_start", "_edata", "edata", "_end", "end", "_etext",
			"etext", "__executable_start", "__data_start", "data_start");

	private DataSymbols() {
	}

	static List<ElfSymbol> of(ProgramImage program) {
		return program.elf().symbols().stream()
				.filter(DataSymbols::isData)
				.sorted(Comparator.comparingLong(ElfSymbol::value).thenComparing(ElfSymbol::name))
				.toList();
	}

	private static boolean isData(ElfSymbol symbol) {
		if (symbol.name().startsWith(".L") || symbol.sectionName().equals("*UND*") || symbol.sectionName().equals("*ABS*")) {
			return false;
		}
		if (symbol.kind() == SymbolKind.OBJECT || symbol.kind() == SymbolKind.COMMON) {
			return true;
		}
		return symbol.kind() == SymbolKind.NOTYPE && !LINKER_DEFINED.contains(symbol.name())
				&& DATA_SECTIONS.stream().anyMatch(section -> symbol.sectionName().startsWith(section));
	}
}
