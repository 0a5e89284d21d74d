package dev.gasket.toolchain.dwarf;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

import dev.gasket.toolchain.elf.ElfImage;

/**
 * The line-number information of an executable: every row of every unit in {@code .debug_line} (DWARF 2 to 5),
 * with lookups from addresses to source lines and back.
 * <p>
 * Addresses are taken as stored: this is meant for linked executables; in a relocatable object the unapplied
 * relocations leave addresses (and DWARF 5 file names) wrong.
 * <p>
 * Files given to {@link #addressesOf} and {@link #resolve} match a file of the table like this: an absolute path
 * must be equal after normalization; a relative path matches every file whose last path components it equals
 * (so {@code boot.S} and {@code rm/boot.S} match {@code /src/rm/boot.S}, {@code oot.S} does not).
 */
public final class LineTable {

	private final List<LineRow> rows;
	/** The rows split into sequences, each ending with its end_sequence row unless its unit ended first. */
	private final List<List<LineRow>> sequences;
	private final AddressRanges<SourceLocation> locations;
	/** For each file (in order of first appearance), the lines that have statement rows and their addresses. */
	private final Map<Path, NavigableMap<Integer, List<Long>>> statementLines;
	private final List<Path> files;

	/** {@code units} holds the rows of each unit, so a sequence left open at a unit's end covers nothing after it. */
	private LineTable(List<List<LineRow>> units) {
		this.rows = units.stream().flatMap(List::stream).toList();
		this.sequences = units.stream().flatMap(unit -> splitIntoSequences(unit).stream()).toList();
		this.locations = coveredRanges(sequences);
		this.statementLines = statementLines(this.rows);
		this.files = rows.stream().filter(row -> !row.endSequence()).map(row -> row.location().file()).distinct()
				.toList();
	}

	/**
	 * Decodes all units of {@code .debug_line}; an image without that section gives an empty table.
	 *
	 * @throws DwarfException if the section (or {@code .debug_info}, consulted for compilation directories of units
	 *                        before DWARF 5, or a string section) is malformed
	 */
	public static LineTable read(ElfImage image) throws DwarfException {
		Optional<byte[]> section = image.section(".debug_line");
		if (section.isEmpty()) {
			return new LineTable(List.of());
		}
		SectionCursor cursor = new SectionCursor(".debug_line", section.get());
		int sectionEnd = cursor.limit();
		StringSections strings = new StringSections(image);
		CompilationDirectories compilationDirectories = new CompilationDirectories(image, strings);
		List<List<LineRow>> units = new ArrayList<>();
		while (cursor.position() < sectionEnd) {
			cursor.limitTo(sectionEnd, "section");
			LineProgramHeader header = new LineHeaderReader(cursor, strings, compilationDirectories).read();
			List<LineRow> rows = new ArrayList<>();
			LineProgram.run(header, cursor, rows);
			units.add(rows);
		}
		return new LineTable(units);
	}

	/** All rows, unit after unit, each sequence in program order ending with its end_sequence row. */
	public List<LineRow> rows() {
		return rows;
	}

	/**
	 * The location of the code at {@code address}: that of the row with the greatest address not above it, within
	 * a sequence that has not ended before it (of several rows at one address, the last).
	 */
	public Optional<SourceLocation> locate(long address) {
		return locations.at(address);
	}

	/**
	 * The addresses of the statement rows at exactly {@code location}'s line, ascending and without duplicates;
	 * of all files the location's file matches (see the class comment).
	 */
	public List<Long> addressesOf(SourceLocation location) {
		TreeSet<Long> addresses = new TreeSet<>(Long::compareUnsigned);
		statementLines.forEach((file, lines) -> {
			if (SourcePaths.names(location.file(), file)) {
				addresses.addAll(lines.getOrDefault(location.line(), List.of()));
			}
		});
		return List.copyOf(addresses);
	}

	/**
	 * The first line at or after {@code line} in {@code file} that has statement rows, e.g. for a breakpoint set on
	 * a blank or comment line. If a relative {@code file} matches several files, the one with the nearest such line
	 * wins (on a tie, the first in {@link #files()}).
	 */
	public Optional<ResolvedLine> resolve(Path file, int line) {
		ResolvedLine best = null;
		for (Map.Entry<Path, NavigableMap<Integer, List<Long>>> candidate : statementLines.entrySet()) {
			if (SourcePaths.names(file, candidate.getKey())) {
				Map.Entry<Integer, List<Long>> next = candidate.getValue().ceilingEntry(line);
				if (next != null && (best == null || next.getKey() < best.location().line())) {
					best = new ResolvedLine(new SourceLocation(candidate.getKey(), next.getKey()), next.getValue());
				}
			}
		}
		return Optional.ofNullable(best);
	}

	/** The files that have code (rows other than end_sequence), in order of first appearance. */
	public List<Path> files() {
		return files;
	}

	/** The rows split into sequences, in program order (for {@link CodeModes}). */
	List<List<LineRow>> sequences() {
		return sequences;
	}

	private static List<List<LineRow>> splitIntoSequences(List<LineRow> unit) {
		List<List<LineRow>> sequences = new ArrayList<>();
		int start = 0;
		for (int i = 0; i < unit.size(); i++) {
			if (unit.get(i).endSequence() || i == unit.size() - 1) {
				sequences.add(unit.subList(start, i + 1));
				start = i + 1;
			}
		}
		return sequences;
	}

	/** Each row covers the addresses up to the next row of its sequence. */
	private static AddressRanges<SourceLocation> coveredRanges(List<List<LineRow>> sequences) {
		AddressRanges.Builder<SourceLocation> ranges = new AddressRanges.Builder<>();
		for (List<LineRow> sequence : sequences) {
			for (int i = 0; i + 1 < sequence.size(); i++) {
				ranges.add(sequence.get(i).address(), sequence.get(i + 1).address(), sequence.get(i).location());
			}
		}
		return ranges.build();
	}

	private static Map<Path, NavigableMap<Integer, List<Long>>> statementLines(List<LineRow> rows) {
		Map<Path, NavigableMap<Integer, TreeSet<Long>>> collected = new LinkedHashMap<>();
		for (LineRow row : rows) {
			if (row.statement() && !row.endSequence()) {
				collected.computeIfAbsent(row.location().file(), file -> new TreeMap<>())
						.computeIfAbsent(row.location().line(), line -> new TreeSet<>(Long::compareUnsigned))
						.add(row.address());
			}
		}
		Map<Path, NavigableMap<Integer, List<Long>>> result = new LinkedHashMap<>();
		collected.forEach((file, lines) -> {
			NavigableMap<Integer, List<Long>> frozen = new TreeMap<>();
			lines.forEach((line, addresses) -> frozen.put(line, List.copyOf(addresses)));
			result.put(file, frozen);
		});
		return result;
	}
}
