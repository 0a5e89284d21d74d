package dev.gasket.toolchain.elf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import net.fornwall.jelf.ElfFile;
import net.fornwall.jelf.ElfSectionHeader;
import net.fornwall.jelf.ElfSegment;
import net.fornwall.jelf.ElfSymbolTableSection;

/**
 * The parts of a linked ELF executable the debugger needs: entry point,
 * loadable segments, symbols and the raw bytes of named sections (for the
 * DWARF readers). Everything is read eagerly, so a malformed file is rejected
 * by {@link #read(Path)} rather than later.
 */
public final class ElfImage {

	private static final int SHN_UNDEF = 0;
	private static final int SHN_ABS = 0xfff1;
	private static final int SHN_COMMON = 0xfff2;

	private final long entry;
	private final List<LoadSegment> loadSegments;
	private final List<ElfSymbol> symbols;
	/** The whole file, kept so sections are copied only when asked for. */
	private final byte[] content;
	private final Map<String, SectionExtent> sections;

	/** Where a section's bytes lie in {@link #content}. */
	private record SectionExtent(int offset, int length) {
	}

	private ElfImage(long entry, List<LoadSegment> loadSegments, List<ElfSymbol> symbols, byte[] content,
			Map<String, SectionExtent> sections) {
		this.entry = entry;
		this.loadSegments = List.copyOf(loadSegments);
		this.symbols = List.copyOf(symbols);
		this.content = content;
		this.sections = Map.copyOf(sections);
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
			return new ElfImage(elf.e_entry, loadSegments(elf, content), symbols(elf), content,
					sections(elf, content));
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

	/**
	 * The file bytes of the first section called {@code name} (e.g. {@code ".debug_line"}), as stored: relocations
	 * are not applied, and a section without file bytes ({@code SHT_NOBITS}, like {@code .bss}) gives an empty array.
	 * Each call returns a fresh copy.
	 */
	public Optional<byte[]> section(String name) {
		return Optional.ofNullable(sections.get(name))
				.map(extent -> Arrays.copyOfRange(content, extent.offset(), extent.offset() + extent.length()));
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

	private static Map<String, SectionExtent> sections(ElfFile elf, byte[] content) {
		Map<String, SectionExtent> sections = new HashMap<>();
		for (int i = 1; i < Short.toUnsignedInt(elf.e_shnum); i++) {
			ElfSectionHeader header = elf.getSection(i).header;
			String name = header.getName();
			if (name == null || sections.containsKey(name)) {
				continue;
			}
			if (header.sh_type == ElfSectionHeader.SHT_NOBITS) {
				sections.put(name, new SectionExtent(0, 0));
			} else {
				if (header.sh_offset < 0 || header.sh_size < 0 || header.sh_offset > content.length
						|| header.sh_size > content.length - header.sh_offset) {
					throw new IllegalArgumentException("section " + name + " lies outside the file");
				}
				sections.put(name, new SectionExtent((int) header.sh_offset, (int) header.sh_size));
			}
		}
		return sections;
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
