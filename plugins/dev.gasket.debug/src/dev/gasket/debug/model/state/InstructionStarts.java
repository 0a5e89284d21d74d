package dev.gasket.debug.model.state;

import java.util.ArrayList;
import java.util.List;
import java.util.NavigableSet;
import java.util.TreeSet;

import dev.gasket.debug.engine.ProgramImage;
import dev.gasket.toolchain.dwarf.LineRow;
import dev.gasket.toolchain.elf.ElfSymbol;
import dev.gasket.toolchain.elf.SymbolKind;
import dev.gasket.x86.decode.Instruction;

/**
 * Where the instructions before an address start. x86 code cannot be decoded backwards, so decoding starts at a
 * known boundary — a line-table row or a code symbol — and must land exactly on the address; without such anchors
 * (no debug information) every nearby offset is tried instead.
 */
final class InstructionStarts {

	/** How far back an anchor may lie. */
	private static final int MAX_DISTANCE = 4096;

	private final NavigableSet<Long> anchors = new TreeSet<>(Long::compareUnsigned);
	private final InstructionReader reader;

	InstructionStarts(ProgramImage program, InstructionReader reader) {
		this.reader = reader;
		for (LineRow row : program.lines().rows()) {
			if (!row.endSequence()) {
				anchors.add(row.address());
			}
		}
		for (ElfSymbol symbol : program.elf().symbols()) {
			if (symbol.kind() == SymbolKind.FUNC) {
				anchors.add(symbol.value());
			}
		}
	}

	/** The starts of up to {@code count} instructions that end exactly at {@code address}, in address order. */
	List<Long> before(long address, int count) {
		if (count <= 0) {
			return List.of();
		}
		List<Long> best = List.of();
		for (long anchor : anchors.headSet(address, false).descendingSet()) {
			if (address - anchor > MAX_DISTANCE) {
				break;
			}
			List<Long> starts = decodeUpTo(anchor, address);
			if (starts != null && starts.size() > best.size()) {
				best = starts;
				if (best.size() >= count) {
					break;
				}
			}
		}
		if (best.size() < count) {
			long span = (long) count * Instruction.MAX_LENGTH;
			long from = Long.compareUnsigned(address, span) > 0 ? address - span : 0;
			for (long start = from; start < address; start++) {
				List<Long> starts = decodeUpTo(start, address);
				if (starts != null && starts.size() > best.size()) {
					best = starts;
					break;
				}
			}
		}
		return best.subList(Math.max(0, best.size() - count), best.size());
	}

	/** The instruction starts from {@code start} on, or null if decoding from there does not land on {@code address}. */
	private List<Long> decodeUpTo(long start, long address) {
		List<Long> starts = new ArrayList<>();
		long at = start;
		while (at < address) {
			int length = reader.length(at);
			if (length == 0) {
				return null;
			}
			starts.add(at);
			at += length;
		}
		return at == address ? starts : null;
	}
}
