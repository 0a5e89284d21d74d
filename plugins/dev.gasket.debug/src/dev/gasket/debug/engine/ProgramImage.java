package dev.gasket.debug.engine;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import dev.gasket.toolchain.dwarf.CodeModes;
import dev.gasket.toolchain.dwarf.LineTable;
import dev.gasket.toolchain.dwarf.SourceLocation;
import dev.gasket.toolchain.elf.ElfImage;
import dev.gasket.toolchain.elf.ElfSymbol;
import dev.gasket.toolchain.elf.SymbolKind;

/** A linked program with what the debugger needs to talk about it: symbols, source lines, code modes. */
public final class ProgramImage {

	private final ElfImage elf;
	private final LineTable lines;
	private final CodeModes codeModes;
	/** Symbols that name places (labels, functions, data), by address, for "symbol+offset". */
	private final List<ElfSymbol> places;

	public ProgramImage(ElfImage elf, LineTable lines) {
		this.elf = elf;
		this.lines = lines;
		this.codeModes = CodeModes.of(lines);
		this.places = elf.symbols().stream()
				.filter(symbol -> symbol.kind() != SymbolKind.SECTION && symbol.kind() != SymbolKind.FILE)
				.filter(symbol -> !symbol.sectionName().startsWith("*") && !symbol.name().startsWith(".L"))
				.sorted(Comparator.comparingLong(ElfSymbol::value))
				.toList();
	}

	public ElfImage elf() {
		return elf;
	}

	public LineTable lines() {
		return lines;
	}

	public CodeModes codeModes() {
		return codeModes;
	}

	public Optional<ElfSymbol> symbol(String name) {
		return elf.symbol(name);
	}

	/** The source line of an address, if the line table covers it. */
	public Optional<SourceLocation> location(long address) {
		return lines.locate(address);
	}

	/** {@code name} or {@code name+0x12} for the nearest symbol at or below {@code address}, if any. */
	public Optional<String> describe(long address) {
		ElfSymbol best = null;
		for (ElfSymbol symbol : places) {
			if (symbol.value() > address) {
				break;
			}
			if (best == null || symbol.value() >= best.value()) {
				best = symbol;
			}
		}
		if (best == null) {
			return Optional.empty();
		}
		long offset = address - best.value();
		return Optional.of(offset == 0 ? best.name() : best.name() + "+0x" + Long.toHexString(offset));
	}

	/** {@code _start} if defined, else the first code symbol of the program. */
	public Optional<ElfSymbol> defaultEntry() {
		Optional<ElfSymbol> start = symbol("_start");
		if (start.isPresent()) {
			return start;
		}
		return places.stream().filter(symbol -> symbol.sectionName().startsWith(".text")).findFirst();
	}
}
