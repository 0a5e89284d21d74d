package dev.gasket.toolchain.elf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import net.fornwall.jelf.ElfFile;
import net.fornwall.jelf.ElfSegment;
import net.fornwall.jelf.ElfSymbolTableSection;

/**
 * The parts of a linked ELF executable the debugger needs: entry point,
 * loadable segments and symbols. Everything is read eagerly, so a malformed
 * file is rejected by {@link #read(Path)} rather than later.
 */
public final class ElfImage {

	private static final int SHN_UNDEF = 0;
	private static final int SHN_ABS = 0xfff1;
	private static final int SHN_COMMON = 0xfff2;

	private final long entry;
	private final List<LoadSegment> loadSegments;
	private final List<ElfSymbol> symbols;

	private ElfImage(long entry, List<LoadSegment> loadSegments, List<ElfSymbol> symbols) {
		this.entry = entry;
		this.loadSegments = List.copyOf(loadSegments);
		this.symbols = List.copyOf(symbols);
	}

	/**
	 * Reads {@code file} completely.
	 *
	 * @throws ElfReadException if the file cannot be read or is not a well-formed ELF file; the message names the file
	 */
	public static ElfImage read(Path file) throws ElfReadException {
		byte[] content;
		try {
			content = Files.readAllBytes(file);
		} catch (IOException e) {
			throw new ElfReadException(file, e instanceof NoSuchFileException ? "no such file" : e.toString(), e);
		}
		try {
			ElfFile elf = ElfFile.from(content);
			return new ElfImage(elf.e_entry, loadSegments(elf, content), symbols(elf));
		} catch (RuntimeException e) {
			// jelf reports bad input as ElfException, but truncated tables surface as other runtime exceptions.
			throw new ElfReadException(file, "not a well-formed ELF file (" + e.getMessage() + ")", e);
		}
	}

	/** The entry point address ({@code e_entry}). */
	public long entry() {
		return entry;
	}

	/** The PT_LOAD segments in program header order. */
	public List<LoadSegment> loadSegments() {
		return loadSegments;
	}

	/** All named symbols in symbol table order; empty if the file has been stripped. */
	public List<ElfSymbol> symbols() {
		return symbols;
	}

	/** The first symbol table entry called {@code name}. */
	public Optional<ElfSymbol> symbol(String name) {
		return symbols.stream().filter(symbol -> symbol.name().equals(name)).findFirst();
	}

	private static List<LoadSegment> loadSegments(ElfFile elf, byte[] content) {
		List<LoadSegment> segments = new ArrayList<>();
		for (int i = 0; i < Short.toUnsignedInt(elf.e_phnum); i++) {
			ElfSegment header = elf.getProgramHeader(i);
			if (header.p_type == ElfSegment.PT_LOAD) {
				if (header.p_offset < 0 || header.p_filesz < 0 || header.p_offset > content.length
						|| header.p_filesz > content.length - header.p_offset) {
					throw new IllegalArgumentException("PT_LOAD segment " + i + " lies outside the file");
				}
				int start = (int) header.p_offset;
				byte[] bytes = Arrays.copyOfRange(content, start, start + (int) header.p_filesz);
				segments.add(new LoadSegment(header.p_paddr, header.p_vaddr, bytes, header.p_memsz));
			}
		}
		return segments;
	}

	private static List<ElfSymbol> symbols(ElfFile elf) {
		ElfSymbolTableSection table = elf.getSymbolTableSection();
		if (table == null) {
			return List.of();
		}
		List<ElfSymbol> symbols = new ArrayList<>();
		for (net.fornwall.jelf.ElfSymbol entry : table.symbols) {
			String name = entry.getName();
			if (name != null && !name.isEmpty()) {
				symbols.add(new ElfSymbol(name, entry.st_value, entry.st_size,
						sectionName(elf, Short.toUnsignedInt(entry.st_shndx)), SymbolKind.of(entry.getType())));
			}
		}
		return symbols;
	}

	private static String sectionName(ElfFile elf, int sectionIndex) {
		return switch (sectionIndex) {
			case SHN_UNDEF -> "*UND*";
			case SHN_ABS -> "*ABS*";
			case SHN_COMMON -> "*COM*";
			default -> elf.getSection(sectionIndex).header.getName();
		};
	}
}
